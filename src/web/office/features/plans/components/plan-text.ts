import type { PlanHeader, PlanPeriod } from '../api-types';
import { isMessageKey, type Lang, type Translate } from '../../../app/i18n';
import { formatVnNumber } from '../../../app/components/vn-number';

/** Returns the label of a task, assignment or report status ("Đang thực hiện"…); the code itself when unknown. */
export function statusLabel(status: string, t: Translate): string {
  const key = `status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

/** Returns the label of a report's review state ("Đã gửi", "Đã chấp nhận", "Bị trả lại"). */
export function stateLabel(state: string, t: Translate): string {
  const key = `state.${state}`;
  return isMessageKey(key) ? t(key) : state;
}

/** Returns the label of the kind of a record behind a figure ("Nhiệm vụ", "Báo cáo", "Đơn vị"); the kind itself when unknown. */
export function recordKindLabel(kind: string, t: Translate): string {
  const key = `figure.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

/** The name of a plan document's kind ("Kế hoạch", "Plan" in English); the abbreviation only when unnamed. */
export function docKindText(plan: Partial<Pick<PlanHeader, 'kind' | 'kindLabel' | 'kindLabelEn'>>, lang: Lang): string {
  const named = lang === 'en' ? (plan.kindLabelEn ?? plan.kindLabel) : plan.kindLabel;
  return named ?? plan.kind ?? '';
}

/** Returns "Chủ trì" / "Phối hợp" (the server's 'lead' / 'coordinator'), with "(đề nghị)" when the unit was only requested to take part. */
export function roleText(role: string, requested: boolean, t: Translate): string {
  const label = t(role === 'lead' ? 'assign.lead' : 'assign.coordinator');
  return requested ? t('assign.requested', { role: label }) : label;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Returns the label of a period key ("2024-Q1" → "Quý I/2024", "2024" → "Cả năm 2024"), preferring the plan's own labels. */
export function periodLabel(key: string, periods: readonly PlanPeriod[] | undefined, t: Translate): string {
  const known = periods?.find((p) => p.key === key);
  if (known) return known.label;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return t('period.quarter', { q: ROMAN[Number(quarter[2]) - 1], year: quarter[1] });
  const year = /^(\d{4})(?:-(?:Y|FY|year))?$/i.exec(key);
  return year ? t('period.year', { year: year[1] }) : key;
}

/** Converts a completion ratio (0..1) into a whole percentage between 0 and 100. */
export function percent(ratio: number | null | undefined): number {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return 0;
  return Math.round(Math.min(1, Math.max(0, ratio)) * 100);
}

/** Formats a file size in KB or MB. */
export function fileSizeText(bytes: number, t: Translate): string {
  if (bytes >= 1024 * 1024) return t('common.mb', { size: (bytes / (1024 * 1024)).toFixed(1) });
  return t('common.kb', { size: Math.max(1, Math.round(bytes / 1024)) });
}

/** Formats a number the Vietnamese way (1.234,5); strings are shown as they are. */
export function numberText(value: number | string): string {
  return typeof value === 'number' ? formatVnNumber(value) : value;
}
