import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field } from '../../../../ui';
import { ApiError, isRecord } from '../../../app/api';
import { plansApi, plansQueries } from '../api';
import type { AnnualReportChoice } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { DateInput } from '../../../app/components/date-input';
import { FormError } from '../../../app/components/form-error';

/** The file name a download was given ("filename*" first, the ASCII name otherwise). */
function downloadName(header: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/iu.exec(header ?? '');
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]!);
    } catch {
      /* the ASCII name below */
    }
  }
  return /filename="([^"]+)"/iu.exec(header ?? '')?.[1] ?? fallback;
}

/** Fetches a file and saves it; a refusal comes back as an ApiError with the server's Vietnamese messages. */
async function saveFile(href: string, fallback: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(href, { credentials: 'same-origin', headers: { accept: '*/*' } });
  } catch {
    throw new ApiError(0, '');
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors.filter(isRecord).map((e) => ({ path: String(e.path ?? ''), message: String(e.message ?? '') })) : [];
    throw new ApiError(res.status, isRecord(body) && typeof body.title === 'string' ? body.title : '', undefined, errors);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = downloadName(res.headers.get('content-disposition'), fallback);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Values = Required<AnnualReportChoice>;

/**
 * "Báo cáo kết quả thực hiện": the report date and who signs, prefilled with the plan's signer and the default date,
 * then the DOCX report or its XLSX annex, both computed for that same date. The server checks the same rules.
 */
export function AnnualReportForm({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [edited, setEdited] = useState<Partial<Values>>({});
  // the issuer and the default signer follow the report date: after the 2025 merger the successor issues the report
  const datePicked = edited.date && /^\d{4}-\d{2}-\d{2}$/u.test(edited.date) ? edited.date : undefined;
  const defaults = useQuery(plansQueries.annualReport(planId, datePicked));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const base = defaults.data;
  const values: Values = {
    date: edited.date ?? base?.date ?? '',
    signerName: edited.signerName ?? base?.signer?.name ?? '',
    signerTitle: edited.signerTitle ?? base?.signer?.title ?? '',
    signerAuthority: edited.signerAuthority ?? '',
  };
  const set = (key: keyof Values) => (value: string) => setEdited((prev) => ({ ...prev, [key]: value }));

  const check = (format: 'docx' | 'xlsx'): Record<string, string | undefined> => {
    const out: Record<string, string | undefined> = {};
    if (!values.date) out.date = t('annualReport.dateRequired');
    // the report names its signer (the annex does not): without the plan's own signer, one must be entered
    if (format === 'docx' && !values.signerName.trim() && !values.signerTitle.trim()) {
      out.signerName = t('annualReport.nameRequired');
      out.signerTitle = t('annualReport.titleRequired');
    }
    if (values.signerName.trim() && !values.signerTitle.trim()) out.signerTitle = t('annualReport.titleRequired');
    if (values.signerTitle.trim() && !values.signerName.trim()) out.signerName = t('annualReport.nameRequired');
    return out;
  };

  const saving = useMutation({
    mutationFn: ({ format, choice }: { format: 'docx' | 'xlsx'; choice: Values }) => saveFile(plansApi.exportHref(planId, format, choice), `bao-cao.${format}`),
    onError: (err) => {
      const server = fieldErrors(err);
      setErrors({ date: server.date, signerName: server.signerName, signerTitle: server.signerTitle, signerAuthority: server.signerAuthority });
    },
  });
  const busy = saving.isPending ? saving.variables.format : null;

  const download = (format: 'docx' | 'xlsx') => {
    const found = check(format);
    setErrors(found);
    saving.reset();
    if (Object.values(found).some(Boolean)) return;
    saving.mutate({ format, choice: values });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    download('docx');
  };

  return (
    <details className="annual-report">
      <summary className="dt-button dt-button--secondary">{t('plan.downloads')}</summary>
      <form className="annual-report__form" onSubmit={onSubmit} noValidate aria-describedby={`${planId}-report-intro`}>
        <p id={`${planId}-report-intro`} className="muted">{t('annualReport.intro')}</p>
        {defaults.isError ? <Alert variant="error">{t('annualReport.defaultsFailed')}</Alert> : null}
        <FormError error={saving.error} shownFields={['date', 'signerName', 'signerTitle', 'signerAuthority']} />
        <DateInput label={t('annualReport.date')} name="date" value={values.date} onChange={set('date')}
          min={base?.minDate ?? undefined} max={base?.maxDate} error={errors.date} requiredMark={t('common.required')} required
          hint={t('annualReport.dateHint')} />
        {base ? <p className="muted" aria-live="polite">{t('annualReport.issuer', { issuer: base.issuer })}{base.signer ? '' : ` ${t('annualReport.noDefaultSigner')}`}</p> : null}
        <fieldset className="annual-report__signer">
          <legend>{t('annualReport.signer')}</legend>
          <Field label={t('annualReport.signerName')} name="signerName" value={values.signerName} maxLength={100}
            onChange={(e) => set('signerName')(e.target.value)} error={errors.signerName} autoComplete="off" />
          <Field label={t('annualReport.signerTitle')} name="signerTitle" value={values.signerTitle} maxLength={100}
            onChange={(e) => set('signerTitle')(e.target.value)} error={errors.signerTitle} hint={t('annualReport.signerTitleHint')} autoComplete="off" />
          <Field label={t('annualReport.signerAuthority')} name="signerAuthority" value={values.signerAuthority} maxLength={100}
            onChange={(e) => set('signerAuthority')(e.target.value)} error={errors.signerAuthority} hint={t('annualReport.signerAuthorityHint')} autoComplete="off" />
        </fieldset>
        <div className="download-list">
          <Button type="submit" busy={busy === 'docx'} disabled={busy !== null}>{t('plan.docx')}</Button>
          <Button type="button" variant="secondary" busy={busy === 'xlsx'} disabled={busy !== null} onClick={() => download('xlsx')}>{t('plan.xlsx')}</Button>
        </div>
      </form>
    </details>
  );
}
