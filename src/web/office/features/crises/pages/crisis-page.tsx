import '../crises.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Field, formatDateTime, PageHeader, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { crisesApi, crisesQueries } from '../api';
import type { CrisisDetail, CrisisOptions } from '../api-types';
import { CrisisTimer } from '../components/crisis-timer';
import { Review } from '../components/review';
import { Statements } from '../components/statements';
import { Tasks } from '../components/tasks';
import { useCrisisChange } from '../components/use-change';
import { WorkingGroup } from '../components/working-group';

/** One crisis: the timer, status and level, working group, linked items, tasks, statements, notifications, log, review. */
export function CrisisPage({ id }: { id: string }) {
  const { t } = useI18n();
  const crisis = useQuery(crisesQueries.crisis(id));
  const options = useQuery(crisesQueries.options());
  useDocumentTitle(crisis.data ? `${t('crises.refNo', { refNo: crisis.data.refNo })} — ${crisis.data.title}` : t('crises.title'));
  return (
    <AsyncView result={crisis}>
      {(c) => (
        <>
          <PageHeader title={`${t('crises.refNo', { refNo: c.refNo })} — ${c.title}`} description={t('crises.detail.stage', { stage: c.stageLabel })}>
            <Link to={paths.crises} className="dt-button dt-button--secondary">
              {t('crises.title')}
            </Link>
          </PageHeader>
          <CrisisTimer timer={c.timer} />
          <Facts crisis={c} />
          <StatusAndSeverity crisis={c} options={options.data} />
          <WorkingGroup crisis={c} options={options.data} />
          <section aria-labelledby="items">
            <h2 id="items">{t('crises.items.title')}</h2>
            {c.items.length === 0 ? <p>{t('crises.none')}</p> : null}
            <ul>
              {c.items.map((i) => (
                <li key={i.id}>
                  <Link to={paths.monitoringItem(i.id)}>{i.title}</Link>
                </li>
              ))}
            </ul>
          </section>
          <Tasks crisis={c} options={options.data} />
          <Statements crisis={c} options={options.data} />
          <Notify crisis={c} options={options.data} />
          <Timeline crisis={c} />
          <Review crisis={c} options={options.data} />
        </>
      )}
    </AsyncView>
  );
}

function Facts({ crisis: c }: { crisis: CrisisDetail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="facts">
      <h2 id="facts">{t('crises.detail.facts')}</h2>
      <dl>
        <dt>{t('crises.col.status')}</dt>
        <dd data-testid="crisis-status">{c.statusLabel}</dd>
        <dt>{t('crises.col.severity')}</dt>
        <dd>
          {c.severityLabel} {c.isSeverityUnsure ? t('crises.detail.unsure') : null}
        </dd>
        <dt>{t('crises.detail.origin')}</dt>
        <dd>
          {c.originLabel}
          {c.originReason ? `: ${c.originReason}` : ''}
        </dd>
        <dt>{t('crises.col.detected')}</dt>
        <dd>{formatDateTime(c.timer.detectedAt)}</dd>
        <dt>{t('crises.col.unit')}</dt>
        <dd>{c.unitName ?? t('crises.none')}</dd>
        {c.policy ? (
          <>
            <dt>{t('crises.detail.policy')}</dt>
            <dd>{c.policy.title}</dd>
          </>
        ) : null}
      </dl>
      <p className="crisis-text">{c.summary}</p>
    </section>
  );
}

function StatusAndSeverity({ crisis: c, options }: { crisis: CrisisDetail; options: CrisisOptions | undefined }) {
  const { t } = useI18n();
  const [status, setStatus] = useState(c.status);
  const [sev, setSev] = useState({ severity: String(c.severity), isUnsure: false, reason: '' });
  const changeStatus = useCrisisChange(c.id, () => crisesApi.status(c.id, { status: status as 'detected' }));
  const changeSeverity = useCrisisChange(c.id, () => crisesApi.severity(c.id, { severity: Number(sev.severity), isUnsure: sev.isUnsure, reason: sev.reason }), () => setSev((x) => ({ ...x, reason: '' })));
  if (!c.abilities.canManage) return null;
  return (
    <section aria-labelledby="status">
      <h2 id="status">{t('crises.status.title')}</h2>
      <form className="crisis-inline" onSubmit={(e) => { e.preventDefault(); changeStatus.mutate(undefined); }} aria-label={t('crises.status.change')}>
        <SelectField label={t('crises.col.status')} name="status" value={status} options={(options?.statuses ?? []).map((s) => ({ value: s.code, label: s.label }))} onChange={(e) => setStatus(e.target.value)} />
        <Button type="submit" busy={changeStatus.isPending}>{t('crises.status.change')}</Button>
        <FormError error={changeStatus.error} />
      </form>
      <form className="crisis-inline" onSubmit={(e) => { e.preventDefault(); changeSeverity.mutate(undefined); }} aria-label={t('crises.severity.change')}>
        <SelectField label={t('crises.field.severity')} name="severity" hint={t('crises.field.severityHint')} value={sev.severity} options={(options?.severities ?? []).map((s) => ({ value: String(s.code), label: s.label }))} onChange={(e) => setSev({ ...sev, severity: e.target.value })} />
        <label>
          <input type="checkbox" checked={sev.isUnsure} onChange={(e) => setSev({ ...sev, isUnsure: e.target.checked })} /> {t('crises.field.unsure')}
        </label>
        <Field label={t('crises.field.reasonChange')} name="severityReason" value={sev.reason} onChange={(e) => setSev({ ...sev, reason: e.target.value })} />
        <Button type="submit" busy={changeSeverity.isPending}>{t('crises.severity.change')}</Button>
        <FormError error={changeSeverity.error} />
      </form>
    </section>
  );
}

function Notify({ crisis: c, options }: { crisis: CrisisDetail; options: CrisisOptions | undefined }) {
  const { t } = useI18n();
  const [groupId, setGroupId] = useState(c.networkGroupId ?? '');
  const send = useCrisisChange(c.id, () => crisesApi.notify(c.id, { groupId: groupId || null }));
  return (
    <section aria-labelledby="notify">
      <h2 id="notify">{t('crises.notify.title')}</h2>
      {c.broadcasts.length === 0 ? <p>{t('crises.notify.none')}</p> : null}
      <ul data-testid="crisis-broadcasts">
        {c.broadcasts.map((b, i) => (
          <li key={i}>{t('crises.notify.sent', { at: formatDateTime(b.sentAt), group: b.groupName, status: b.statusLabel })}</li>
        ))}
      </ul>
      {c.abilities.canNotify ? (
        <form className="crisis-inline" onSubmit={(e) => { e.preventDefault(); send.mutate(undefined); }} aria-label={t('crises.notify.send')}>
          <SelectField label={t('crises.field.group')} name="groupId" value={groupId} placeholder={t('crises.choose')} options={(options?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))} onChange={(e) => setGroupId(e.target.value)} />
          <Button type="submit" busy={send.isPending}>{t('crises.notify.send')}</Button>
          <FormError error={send.error} />
        </form>
      ) : null}
    </section>
  );
}

function Timeline({ crisis: c }: { crisis: CrisisDetail }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const add = useCrisisChange(c.id, () => crisesApi.note(c.id, text), () => setText(''));
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('crises.timeline.title')}</h2>
      <p>{t('crises.timeline.intro')}</p>
      <ol className="crisis-timeline">
        {c.timeline.map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> — {e.kindLabel} ({e.actorName}): {e.text}
          </li>
        ))}
      </ol>
      {c.abilities.canAct ? (
        <form className="crisis-form" onSubmit={(e) => { e.preventDefault(); add.mutate(undefined); }} aria-label={t('crises.timeline.add')}>
          <TextareaField label={t('crises.field.note')} name="note" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          <div>
            <Button type="submit" busy={add.isPending}>{t('crises.timeline.add')}</Button>
          </div>
          <FormError error={add.error} />
        </form>
      ) : null}
    </section>
  );
}
