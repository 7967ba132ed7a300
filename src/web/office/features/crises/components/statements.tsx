import { useState, type FormEvent } from 'react';
import { Button, Field, formatDateTime, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { crisesApi } from '../api';
import type { CrisisDetail, CrisisOptions, StatementBody } from '../api-types';
import { instantOf } from '../pages/crisis-new-page';
import { useCrisisChange } from './use-change';
import { DateTimeInput } from '../../../app/components/date-time-input';

type Statement = CrisisDetail['statements'][number];

/** The statements of a crisis with their versions and approval chain, and the holding-statement form. */
export function Statements({ crisis, options }: { crisis: CrisisDetail; options: CrisisOptions | undefined }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="statements">
      <h2 id="statements">{t('crises.statements.title')}</h2>
      {crisis.statements.map((s) => (
        <StatementCard key={s.id} crisisId={crisis.id} statement={s} options={options} />
      ))}
      {crisis.abilities.canAct ? (
        <details>
          <summary>{t('crises.statements.new')}</summary>
          <StatementForm crisisId={crisis.id} options={options} />
        </details>
      ) : null}
    </section>
  );
}

function StatementCard({ crisisId, statement: s, options }: { crisisId: string; statement: Statement; options: CrisisOptions | undefined }) {
  const { t } = useI18n();
  const latest = s.versions[0];
  const [note, setNote] = useState('');
  const approve = useCrisisChange(crisisId, () => crisesApi.approve(crisisId, s.id));
  const publish = useCrisisChange(crisisId, () => crisesApi.publish(crisisId, s.id));
  const withdraw = useCrisisChange(crisisId, () => crisesApi.withdraw(crisisId, s.id, note));
  const error = approve.error ?? publish.error ?? withdraw.error;
  if (!latest) return null;
  return (
    <article className="crisis-statement" aria-label={latest.title}>
      <h3>{latest.title}</h3>
      <p className="crisis-meta">
        {s.kindLabel} · {s.statusLabel}
        {s.publishedAt ? ` · ${formatDateTime(s.publishedAt)}` : ''}
        {s.portalPath ? (
          <>
            {' · '}
            <a href={s.portalPath}>{t('crises.statements.portal')}</a>
          </>
        ) : null}
      </p>
      {s.withdrawalNote ? <p>{t('crises.statements.withdrawn', { note: s.withdrawalNote })}</p> : null}
      <p data-testid="statement-state">{t('crises.statements.version', { version: latest.version, state: latest.stateLabel })}</p>
      <h4>{t('crises.statements.facts')}</h4>
      <p className="crisis-text">{latest.facts}</p>
      {latest.unknowns ? (
        <>
          <h4>{t('crises.statements.unknowns')}</h4>
          <p className="crisis-text">{latest.unknowns}</p>
        </>
      ) : null}
      <h4>{t('crises.statements.actions')}</h4>
      <p className="crisis-text">{latest.actions}</p>
      {latest.nextUpdateAt ? <p>{`${t('crises.statements.nextUpdateAt')}: ${formatDateTime(latest.nextUpdateAt)}`}</p> : null}
      <ul className="crisis-meta">
        <li>{t('crises.statements.drafted', { name: latest.drafterName ?? '—', at: formatDateTime(latest.draftedAt) })}</li>
        {latest.spokespersonAt ? <li>{t('crises.statements.spokesperson', { name: latest.spokespersonName ?? '—', at: formatDateTime(latest.spokespersonAt) })}</li> : null}
        {latest.headAt ? <li>{t('crises.statements.head', { name: latest.headName ?? '—', at: formatDateTime(latest.headAt) })}</li> : null}
      </ul>
      <FormError error={error} />
      <div className="crisis-inline">
        {s.abilities.canApprove ? (
          <Button variant="primary" busy={approve.isPending} onClick={() => approve.mutate(undefined)}>
            {t('crises.statements.approve')}
          </Button>
        ) : null}
        {s.abilities.canPublish ? (
          <Button variant="primary" busy={publish.isPending} onClick={() => publish.mutate(undefined)}>
            {t('crises.statements.publish')}
          </Button>
        ) : null}
      </div>
      {s.abilities.canWithdraw ? (
        <form className="crisis-inline" onSubmit={(e) => { e.preventDefault(); withdraw.mutate(undefined); }}>
          <Field label={t('crises.statements.withdrawNote')} name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          <Button type="submit" busy={withdraw.isPending}>{t('crises.statements.withdraw')}</Button>
        </form>
      ) : null}
      {s.abilities.canRevise ? (
        <details>
          <summary>{t('crises.statements.revise')}</summary>
          <StatementForm crisisId={crisisId} statement={s} options={options} />
        </details>
      ) : null}
    </article>
  );
}

/** The holding-statement template: confirmed facts, what is not yet known, what is being done, the next update. */
function StatementForm({ crisisId, statement, options }: { crisisId: string; statement?: Statement; options: CrisisOptions | undefined }) {
  const { t } = useI18n();
  const latest = statement?.versions[0];
  const [d, setD] = useState({ kind: (statement?.kind ?? 'holding') as StatementBody['kind'], title: latest?.title ?? '', facts: latest?.facts ?? '', unknowns: latest?.unknowns ?? '', actions: latest?.actions ?? '', nextUpdateAt: '' });
  const save = useCrisisChange(crisisId, (body: StatementBody) => (statement ? crisesApi.revise(crisisId, statement.id, body) : crisesApi.draft(crisisId, body)));
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate({ ...d, nextUpdateAt: instantOf(d.nextUpdateAt) });
  };
  return (
    <form className="crisis-form" noValidate onSubmit={onSubmit} aria-label={statement ? t('crises.statements.revise') : t('crises.statements.new')}>
      <p>{t('crises.statements.template')}</p>
      <FormError error={save.error} shownFields={['kind', 'title', 'facts', 'unknowns', 'actions', 'nextUpdateAt']} />
      {statement ? null : (
        <SelectField label={t('crises.statements.kind')} name="kind" value={d.kind} error={errors.kind}
          options={(options?.statementKinds ?? []).map((k) => ({ value: k.code, label: k.label }))} onChange={(e) => set({ kind: e.target.value as StatementBody['kind'] })} />
      )}
      <Field label={t('crises.statements.titleField')} name="title" required value={d.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
      <TextareaField label={t('crises.statements.facts')} name="facts" required rows={3} value={d.facts} error={errors.facts} onChange={(e) => set({ facts: e.target.value })} />
      <TextareaField label={t('crises.statements.unknowns')} name="unknowns" required={d.kind === 'holding'} rows={2} value={d.unknowns} error={errors.unknowns} onChange={(e) => set({ unknowns: e.target.value })} />
      <TextareaField label={t('crises.statements.actions')} name="actions" required rows={2} value={d.actions} error={errors.actions} onChange={(e) => set({ actions: e.target.value })} />
      <DateTimeInput label={t('crises.statements.nextUpdateAt')} name="nextUpdateAt" required={d.kind !== 'final'} value={d.nextUpdateAt} error={errors.nextUpdateAt} onChange={(v) => set({ nextUpdateAt: v })} />
      <div>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {statement ? t('crises.statements.revise') : t('crises.statements.new')}
        </Button>
      </div>
    </form>
  );
}
