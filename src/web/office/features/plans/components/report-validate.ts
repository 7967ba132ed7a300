import type { Indicator, ReportInput, ReportStatus } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import type { Translate } from '../../../app/i18n';
import { parseVnNumber } from '../../../app/components/vn-number';

/** Largest evidence file the server accepts. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The report form's values as typed. */
export interface ReportValues {
  unitId: string;
  period: string;
  status: ReportStatus;
  narrative: string;
  /** Indicator code → the number as typed. */
  indicators: Record<string, string>;
  /** Evidence links, one per line. */
  links: string;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks the form; returns the errors by field key (indicators as "indicators.CODE") or the request body.
 * Indicator figures are read the Vietnamese way (see vn-number.ts); counts of the catalogue must be whole.
 */
export function validateReport(values: ReportValues, files: readonly File[], t: Translate, catalogue: readonly Indicator[]): {
  errors: Record<string, string>;
  input: ReportInput | null;
} {
  const errors: Record<string, string> = {};
  if (!values.unitId) errors.unitId = t('report.unitRequired');
  if (!values.period) errors.period = t('report.periodRequired');
  if (!values.narrative.trim()) errors.narrative = t('report.narrativeRequired');
  const indicators: Record<string, number> = {};
  for (const [code, text] of Object.entries(values.indicators)) {
    if (text.trim() === '') continue;
    const read = parseVnNumber(text, { whole: catalogue.find((i) => i.code === code)?.whole === true });
    if (read.problem === null) indicators[code] = read.value;
    else errors[`indicators.${code}`] = t(read.problem === 'whole' ? 'report.numberWhole' : 'report.numberInvalid');
  }
  const lines = values.links.split(/\r?\n/).map((l) => l.trim());
  const badLine = lines.findIndex((l) => l !== '' && !isWebAddress(l));
  if (badLine !== -1) errors.evidenceLinks = t('report.linkInvalid', { line: badLine + 1 });
  const big = files.find((f) => f.size > MAX_FILE_BYTES);
  if (big) errors.files = t('report.fileTooBig', { name: big.name });
  if (Object.keys(errors).length > 0) return { errors, input: null };
  return {
    errors,
    input: {
      unitId: values.unitId,
      period: values.period,
      status: values.status,
      narrative: values.narrative.trim(),
      indicators,
      evidenceLinks: lines.filter((l) => l !== ''),
    },
  };
}

/** Server field errors keyed like the form ("evidenceLinks.2" becomes "evidenceLinks"), plus the original keys shown. */
export function serverReportErrors(error: unknown): { errors: Record<string, string>; shown: string[] } {
  const errors: Record<string, string> = {};
  const shown: string[] = [];
  for (const [key, message] of Object.entries(fieldErrors(error))) {
    const field = key.startsWith('evidenceLinks') ? 'evidenceLinks' : key;
    const known = ['unitId', 'period', 'status', 'narrative', 'evidenceLinks'].includes(field) || field.startsWith('indicators.');
    if (!known) continue;
    if (!(field in errors)) errors[field] = message;
    shown.push(key);
  }
  return { errors, shown };
}
