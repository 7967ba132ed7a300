import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field, PageHeader, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { ConfirmAction } from '../../../app/components/confirm-action';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { useSession } from '../../../app/session';
import { useDebounced } from '../../../app/use-debounced';
import { useDocumentTitle } from '../../../app/use-document-title';
import { monitoringApi, monitoringQueries } from '../api';
import { WATCHLIST_KINDS, type Watchlist, type WatchlistBody, type WatchlistKind } from '../api-types';
import { MonitoringNav } from '../components/monitoring-parts';
import '../monitoring.css';

type Term = NonNullable<WatchlistBody['terms']>[number];
type Name = Term['names'][number];

const nameText = (n: Name) => (typeof n === 'string' ? n : `${n.exact ? '=' : ''}${n.name}`);

/** Terms as the officer edits them: one line per term, "label | name; name | from | to". */
export function termsToText(terms: readonly Term[]): string {
  return terms.map((t) => [t.label, t.names.map(nameText).join('; '), t.validFrom ?? '', t.validTo ?? ''].join(' | ').replace(/( \| )+$/, '')).join('\n');
}

/** The lines back into terms ("=" before a name: match it exactly). Empty lines are skipped. */
export function textToTerms(text: string): Term[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [label = '', names = '', from = '', to = ''] = line.split('|').map((x) => x.trim());
      const list = (names || label)
        .split(';')
        .map((n) => n.trim())
        .filter(Boolean)
        .map((n): Name => (n.startsWith('=') ? { name: n.slice(1).trim(), exact: true } : n));
      return { label, names: list, validFrom: from || null, validTo: to || null };
    });
}

/** The saved query checked as it is typed: the server's message and a caret under the position of the error. */
function QueryField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useI18n();
  const debounced = useDebounced(value, 400);
  const check = useQuery({ queryKey: ['monitoring', 'query-check', debounced], queryFn: ({ signal }) => monitoringApi.checkQuery(debounced, signal), enabled: debounced.trim() !== '' });
  const r = debounced === value ? check.data : undefined;
  return (
    <>
      <Field label={t('mon.watch.query')} hint={t('mon.watch.queryHint')} value={value} maxLength={1000} error={error ?? (r && !r.ok ? r.message ?? undefined : undefined)} onChange={(e) => onChange(e.target.value)} />
      {r && !r.ok && r.at !== null ? (
        <p className="mon-query-error" aria-hidden="true">
          <span className="mon-query-caret">{`${value}\n${' '.repeat(Math.max(0, Math.min(r.at, value.length)))}^`}</span>
        </p>
      ) : null}
      {r && r.ok ? <p role="status">{t('mon.watch.queryOk', { terms: r.terms.map((x) => `“${x}”`).join(', ') })}</p> : null}
    </>
  );
}

function WatchlistForm({ list, onDone }: { list: Watchlist | null; onDone: (name: string | null) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState(list?.name ?? '');
  const [kind, setKind] = useState<WatchlistKind>(list?.kind ?? 'place');
  const [query, setQuery] = useState(list?.query ?? '');
  const [terms, setTerms] = useState(termsToText(list?.terms ?? []));
  const [enabled, setEnabled] = useState(list?.enabled ?? true);
  const save = useMutation({
    mutationFn: (body: WatchlistBody) => (list ? monitoringApi.saveWatchlist(list.id, body) : monitoringApi.addWatchlist(body)),
    onSuccess: (_r, body) => {
      void queryClient.invalidateQueries({ queryKey: monitoringQueries.all });
      onDone(body.name);
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(kind === 'query' ? { name, kind, query, enabled } : { name, kind, terms: textToTerms(terms), enabled });
  };
  return (
    <form onSubmit={submit} className="panel" aria-label={list ? list.name : t('mon.watch.new')}>
      <Field label={t('mon.watch.name')} required value={name} maxLength={200} error={errors.name} onChange={(e) => setName(e.target.value)} />
      {list ? null : <SelectField label={t('mon.watch.kind')} value={kind} onChange={(e) => setKind(e.target.value as WatchlistKind)} options={WATCHLIST_KINDS.map((k) => ({ value: k, label: t(`mon.watch.kind.${k}`) }))} />}
      {kind === 'query' ? (
        <QueryField value={query} onChange={setQuery} error={errors.query} />
      ) : (
        <TextareaField
          label={t('mon.watch.termsField')}
          hint={t('mon.watch.termsHint')}
          inputClassName="mon-terms"
          value={terms}
          error={Object.entries(errors).find(([k]) => k.startsWith('terms'))?.[1]}
          onChange={(e) => setTerms(e.target.value)}
        />
      )}
      <label className="choice">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> {t('mon.watch.enabled')}
      </label>
      <FormError error={save.error} shownFields={['name', 'query', ...Object.keys(errors).filter((k) => k.startsWith('terms'))]} />
      <div className="mon-filters__actions">
        <Button type="submit" busy={save.isPending}>{t('mon.watch.save')}</Button>
        <Button type="button" variant="secondary" onClick={() => onDone(null)}>{t('mon.watch.cancel')}</Button>
      </div>
    </form>
  );
}

/** "Danh sách theo dõi": places (old and new names with dates), leaders, agencies, policies, saved queries. */
export function MonitoringWatchlistsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('mon.watch.title'));
  const { state } = useSession();
  const canManage = state.status === 'signedIn' && state.me.abilities['monitoring.manage'] === true;
  const queryClient = useQueryClient();
  const lists = useQuery(monitoringQueries.watchlists());
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Watchlist | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (w: Watchlist) => monitoringApi.deleteWatchlist(w.id),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: monitoringQueries.all });
    },
  });
  const done = (name: string | null) => {
    setEditing(null);
    setSaved(name);
  };
  return (
    <>
      <PageHeader title={t('mon.watch.title')} description={t('mon.watch.intro')} />
      <MonitoringNav />
      {saved ? <Alert variant="success">{t('mon.watch.saved', { name: saved })}</Alert> : null}
      {canManage && editing !== 'new' ? (
        <p>
          <Button onClick={() => { setSaved(null); setEditing('new'); }}>{t('mon.watch.new')}</Button>
        </p>
      ) : null}
      {editing === 'new' ? <WatchlistForm list={null} onDone={done} /> : null}
      <FormError error={remove.error} />
      <AsyncView result={lists}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyText text={t('mon.watch.empty')} />
          ) : (
            <>
              {data.items.map((w) =>
                editing === w.id ? (
                  <WatchlistForm key={w.id} list={w} onDone={done} />
                ) : (
                  <section key={w.id} className="panel" aria-labelledby={`wl-${w.id}`}>
                    <h2 id={`wl-${w.id}`}>
                      {w.name} {w.enabled ? null : t('mon.watch.disabledList')}
                    </h2>
                    <p>
                      {t(`mon.watch.kind.${w.kind}`)} · {w.kind === 'query' ? null : `${t('mon.watch.terms', { count: w.terms.length })} · `}
                      {t('mon.watch.matched', { count: w.matchedLastWeek })}
                    </p>
                    {w.kind === 'query' ? (
                      <>
                        <p><code>{w.query}</code></p>
                        {w.queryError ? <p className="mon-query-error">{w.queryError.message}</p> : null}
                      </>
                    ) : (
                      <ul>
                        {w.terms.slice(0, 30).map((term, i) => (
                          <li key={i}>
                            <strong>{term.label}</strong>: {term.names.map((n) => (typeof n === 'string' ? n : n.name)).join('; ')}
                            {term.validFrom || term.validTo ? ` (${t('mon.watch.validity', { from: term.validFrom ? term.validFrom.split('-').reverse().join('/') : '…', to: term.validTo ? term.validTo.split('-').reverse().join('/') : '…' })})` : null}
                          </li>
                        ))}
                        {w.terms.length > 30 ? <li>…</li> : null}
                      </ul>
                    )}
                    {canManage ? (
                      deleting?.id === w.id ? (
                        <ConfirmAction question={t('mon.watch.deleteConfirm', { name: w.name })} confirmLabel={t('mon.watch.delete')} danger busy={remove.isPending} onConfirm={() => remove.mutate(w)} onCancel={() => setDeleting(null)} />
                      ) : (
                        <div className="mon-filters__actions">
                          <Button size="small" variant="secondary" onClick={() => { setSaved(null); setEditing(w.id); }} aria-label={`${t('mon.watch.edit')}: ${w.name}`}>{t('mon.watch.edit')}</Button>
                          <Button size="small" variant="quiet" onClick={() => setDeleting(w)} aria-label={`${t('mon.watch.delete')}: ${w.name}`}>{t('mon.watch.delete')}</Button>
                        </div>
                      )
                    ) : null}
                  </section>
                ),
              )}
            </>
          )
        }
      </AsyncView>
    </>
  );
}
