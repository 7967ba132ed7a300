import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Button, SelectField } from '../../../../ui';
import { accountQueries } from '../api';
import type { AuditFilter } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { DateInput } from '../../../app/components/date-input';

/** The filter keys, in the order of the query string. */
export const AUDIT_FILTER_KEYS = ['actor', 'action', 'subjectType', 'from', 'to'] as const;

/** Reads the filters from the page's query string (unknown keys are ignored). */
export function auditFilterOf(search: URLSearchParams): AuditFilter {
  const out: AuditFilter = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const v = search.get(key);
    if (v) out[key] = v;
  }
  return out;
}

/** Props of {@link AuditFilters}. */
export interface AuditFiltersProps {
  value: AuditFilter;
  onApply: (filter: AuditFilter) => void;
}

/**
 * The audit log's filters: person, action, kind of record and a date range, all applied by the server. The
 * choices come from the server in the interface language; dates are typed dd/mm/yyyy.
 */
export function AuditFilters({ value, onApply }: AuditFiltersProps) {
  const { t, lang } = useI18n();
  const options = useQuery(accountQueries.auditFilters(lang));
  const [draft, setDraft] = useState<AuditFilter>(value);
  const [error, setError] = useState<string | undefined>();
  const applied = JSON.stringify(value);
  useEffect(() => setDraft(value), [applied]);

  const set = (key: keyof AuditFilter, v: string) => setDraft((d) => ({ ...d, [key]: v || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) return setError(t('audit.filterToBeforeFrom'));
    setError(undefined);
    onApply(draft);
  };
  const data = options.data;
  return (
    <form className="audit-filters panel" aria-labelledby="audit-filters-h" onSubmit={submit}>
      <h2 id="audit-filters-h">{t('audit.filters')}</h2>
      <div className="audit-filters__fields">
        <SelectField label={t('audit.filterActor')} name="actor" value={draft.actor ?? ''} placeholder={t('audit.filterAll')} options={data?.actors ?? []} onChange={(e) => set('actor', e.target.value)} />
        <SelectField label={t('audit.filterAction')} name="action" value={draft.action ?? ''} placeholder={t('audit.filterAll')} options={data?.actions ?? []} onChange={(e) => set('action', e.target.value)} />
        <SelectField label={t('audit.filterSubject')} name="subjectType" value={draft.subjectType ?? ''} placeholder={t('audit.filterAll')} options={data?.subjectTypes ?? []} onChange={(e) => set('subjectType', e.target.value)} />
        <DateInput label={t('audit.filterFrom')} name="from" value={draft.from ?? ''} onChange={(v) => set('from', v)} />
        <DateInput label={t('audit.filterTo')} name="to" value={draft.to ?? ''} onChange={(v) => set('to', v)} error={error} />
      </div>
      <div className="audit-filters__actions">
        <Button type="submit">{t('audit.filterApply')}</Button>
        <Button type="button" variant="secondary" onClick={() => onApply({})}>{t('audit.filterClear')}</Button>
      </div>
    </form>
  );
}
