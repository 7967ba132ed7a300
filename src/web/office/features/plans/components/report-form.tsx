import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { plansQueries, refreshPlan, reportsApi } from '../api';
import { REPORT_STATUSES, type Indicator, type PlanPeriod, type ReportInput } from '../api-types';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText, type QueryView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { periodLabel, statusLabel } from './plan-text';
import { serverReportErrors, validateReport, type ReportValues } from './report-validate';

const FILE_TYPES = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.gif,.webp,application/pdf,image/*';

/** Props of {@link ReportForm}. */
export interface ReportFormProps {
  id: string;
  planId: string;
  taskId: string;
  code: string;
  /** The user's units assigned to the task. */
  units: ReadonlyArray<{ unitId: string; unitName: string }>;
  initialUnitId?: string;
  onClose: () => void;
}

interface Outcome {
  sent: string;
  uploaded: number;
  failed: string[];
}

function Fields(props: ReportFormProps & { periods: readonly PlanPeriod[]; indicators: readonly Indicator[] }) {
  const { planId, taskId, units, periods, indicators, onClose } = props;
  const { t } = useI18n();
  const empty = (): ReportValues => ({
    unitId: props.initialUnitId ?? units[0]?.unitId ?? '', period: '', status: 'in_progress',
    narrative: '', indicators: {}, links: '',
  });
  const [values, setValues] = useState<ReportValues>(empty);
  const [files, setFiles] = useState<File[]>([]);
  const [fileKey, setFileKey] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ error: unknown; shown: string[] } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: async ({ input, files }: { input: ReportInput; files: readonly File[] }) => {
      const report = await reportsApi.create(taskId, input);
      const failed: string[] = [];
      for (const file of files) {
        try {
          await reportsApi.addFile(report.id, file);
        } catch (err) {
          failed.push(t('report.fileFailed', { name: file.name, reason: describeError(err, t) }));
        }
      }
      return failed;
    },
    onSuccess: (failed, { input, files }) => {
      const unitName = units.find((u) => u.unitId === input.unitId)?.unitName ?? '';
      setOutcome({ sent: t('report.sent', { period: periodLabel(input.period, periods, t), unit: unitName }),
        uploaded: files.length - failed.length, failed });
      setValues({ ...empty(), unitId: input.unitId });
      setFiles([]);
      setFileKey((k) => k + 1);
      void refreshPlan(queryClient, planId);
    },
    onError: (err) => {
      const server = serverReportErrors(err);
      setErrors(server.errors);
      setFailure({ error: err, shown: server.shown });
    },
  });
  const busy = send.isPending;
  const outcomeRef = useRef<HTMLDivElement>(null);
  const req = t('common.required');
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const set = <K extends keyof ReportValues>(key: K, value: ReportValues[K], errorKey: string = key) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => (errorKey in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== errorKey)) : e));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setOutcome(null);
    const { errors: local, input } = validateReport(values, files, t, indicators);
    setErrors(local);
    if (!input) return;
    send.mutate({ input, files });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="report-form__body">
      <div ref={outcomeRef} tabIndex={-1} className="focus-target">
        {outcome ? (
          <Alert variant={outcome.failed.length > 0 ? 'warning' : 'success'} title={outcome.sent}>
            {outcome.uploaded > 0 ? <p>{t('report.filesSent', { count: outcome.uploaded })}</p> : null}
            {outcome.failed.length > 0 ? <ul>{outcome.failed.map((f) => <li key={f}>{f}</li>)}</ul> : null}
          </Alert>
        ) : null}
      </div>
      <FormError error={failure?.error ?? null} shownFields={failure?.shown ?? []} />
      <div className="form-grid">
        <SelectField label={t('report.unit')} requiredMark={req} required name="unitId" value={values.unitId}
          options={units.map((u) => ({ value: u.unitId, label: u.unitName }))} error={errors.unitId}
          onChange={(e) => set('unitId', e.target.value)} />
        <SelectField label={t('report.period')} requiredMark={req} required name="period" value={values.period}
          placeholder={t('report.periodPlaceholder')} options={periods.map((p) => ({ value: p.key, label: p.label }))}
          hint={periods.length === 0 ? t('report.noPeriods') : undefined} error={errors.period}
          onChange={(e) => set('period', e.target.value)} />
        <SelectField label={t('report.status')} requiredMark={req} required name="status" value={values.status}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: statusLabel(s, t) }))} error={errors.status}
          onChange={(e) => set('status', REPORT_STATUSES.find((s) => s === e.target.value) ?? 'in_progress')} />
      </div>
      <TextareaField label={t('report.narrative')} requiredMark={req} required name="narrative" rows={5}
        value={values.narrative} error={errors.narrative} onChange={(e) => set('narrative', e.target.value)} />
      {indicators.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{t('report.indicators')}</legend>
          <p className="dt-field__hint">{t('report.indicatorsHint')}</p>
          <div className="form-grid">
            {indicators.map((ind) => (
              <Field key={ind.code} label={ind.label}
                hint={ind.unit ? t(ind.whole ? 'report.indicatorUnitWhole' : 'report.indicatorUnit', { unit: ind.unit }) : undefined}
                type="text" inputMode="decimal" autoComplete="off" spellCheck={false}
                name={`indicator-${ind.code}`}
                value={values.indicators[ind.code] ?? ''} error={errors[`indicators.${ind.code}`]}
                onChange={(e) => set('indicators', { ...values.indicators, [ind.code]: e.target.value }, `indicators.${ind.code}`)} />
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextareaField label={t('report.links')} hint={t('report.linksHint')} name="evidenceLinks" rows={3}
        inputMode="url" spellCheck={false} value={values.links} error={errors.evidenceLinks}
        onChange={(e) => set('links', e.target.value, 'evidenceLinks')} />
      <Field key={fileKey} label={t('report.files')} hint={t('report.filesHint')} type="file" multiple
        accept={FILE_TYPES} name="files" error={errors.files}
        onChange={(e) => {
          setFiles(Array.from(e.target.files ?? []));
          setErrors(({ files: _files, ...rest }) => rest);
        }} />
      <div className="button-row">
        <Button type="submit" busy={busy}>{t('report.submit')}</Button>
        <Button variant="secondary" disabled={busy} onClick={onClose}>{t('report.close')}</Button>
      </div>
    </form>
  );
}

/** Progress-report form of a task: unit, period, status, results, indicators, evidence links and files. */
export function ReportForm(props: ReportFormProps) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const plan = useQuery(plansQueries.detail(props.planId));
  const catalogue = useQuery(plansQueries.indicators());
  // the form stays on screen while a report it sent refreshes the plan: loading shows only before the first answer
  const data = plan.data && catalogue.data ? { periods: plan.data.periods, indicators: catalogue.data } : undefined;
  const setup: QueryView<NonNullable<typeof data>> = {
    data,
    error: plan.error ?? catalogue.error,
    isError: plan.isError || catalogue.isError,
    isFetching: data === undefined && (plan.isFetching || catalogue.isFetching),
    refetch: () => Promise.all([plan.refetch(), catalogue.refetch()]),
  };
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section id={props.id} className="report-form" aria-labelledby={`${props.id}-title`}>
      <h4 id={`${props.id}-title`} ref={headingRef} tabIndex={-1}>{t('report.formTitle', { code: props.code })}</h4>
      {props.units.length === 0 ? <EmptyText /> : (
        <AsyncView result={setup}>
          {(data) => <Fields {...props} periods={data.periods} indicators={data.indicators} />}
        </AsyncView>
      )}
    </section>
  );
}
