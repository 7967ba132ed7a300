import '../conferences.css';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Field, formatDateTime, PageHeader, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { conferencesApi, conferencesQueries } from '../api';
import type { ConferenceBody, ConferenceDetail } from '../api-types';
import { ConferenceForm } from '../components/conference-form';
import { Attendance, Invitations } from '../components/invitations';
import { Questions } from '../components/questions';
import { useConferenceAction } from '../components/use-conference-action';

/** One conference: its facts, invitations, the record of the day, materials, minutes, history. */
export function ConferencePage({ id }: { id: string }) {
  const { t } = useI18n();
  const conference = useQuery(conferencesQueries.conference(id));
  useDocumentTitle(conference.data?.title ?? t('pc.list.title'));
  return <AsyncView result={conference}>{(c) => <ConferenceView key={`${c.id}-${c.sequence}-${c.status}`} conference={c} />}</AsyncView>;
}

function ConferenceView({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const [isEditing, setEditing] = useState(false);
  const edit = useConferenceAction((body: ConferenceBody) => conferencesApi.edit(c.id, body));
  return (
    <>
      <PageHeader title={c.title} description={`${t('pc.detail.number', { refNo: c.refNo })} · ${c.kindLabel} · ${c.statusLabel}`}>
        <Link to={paths.pressConferences} className="dt-button dt-button--secondary">
          {t('pc.list.title')}
        </Link>
      </PageHeader>
      <dl className="pc-facts" aria-label={t('pc.detail.facts')}>
        <div><dt>{t('pc.col.time')}</dt><dd>{c.timeText}</dd></div>
        <div><dt>{t('pc.field.place')}</dt><dd>{c.place}</dd></div>
        <div><dt>{t('pc.col.host')}</dt><dd>{c.hostUnit.name}</dd></div>
        <div><dt>{t('pc.detail.chair')}</dt><dd>{c.chairName}{c.chairTitle ? `, ${c.chairTitle}` : ''}</dd></div>
        {c.spokesperson ? <div><dt>{t('pc.field.spokesperson')}</dt><dd>{c.spokesperson.name}, {c.spokesperson.title}</dd></div> : null}
        <div><dt>{t('pc.detail.topics')}</dt><dd><ul>{c.topics.map((x, i) => <li key={i}>{x}</li>)}</ul></dd></div>
        {c.policies.length ? <div><dt>{t('pc.detail.policies')}</dt><dd>{c.policies.map((p) => p.title).join('; ')}</dd></div> : null}
        {c.planTask ? <div><dt>{t('pc.detail.planTask')}</dt><dd>{c.planTask.label}</dd></div> : null}
        {c.cancelReason ? <div><dt>{t('pc.detail.cancelReason')}</dt><dd>{c.cancelReason}</dd></div> : null}
        <div><dt>{t('pc.detail.public')}</dt><dd><a href={c.publicPath}>{c.publicPath.split('#')[0]}</a> · <a href={c.icsPath}>{t('pc.detail.ics')}</a></dd></div>
      </dl>
      {c.abilities.canEdit && c.status !== 'held' ? (
        isEditing ? (
          <section className="pc-section" aria-labelledby="pc-edit">
            <h2 id="pc-edit">{t('pc.agency.edit')}</h2>
            <ConferenceForm initial={c} submitLabel={t('pc.save')} busy={edit.isPending} error={edit.error} onSubmit={(b) => edit.mutate(b, { onSuccess: () => setEditing(false) })} />
          </section>
        ) : (
          <Button variant="secondary" onClick={() => setEditing(true)}>{t('pc.agency.edit')}</Button>
        )
      ) : null}
      <Invitations conference={c} />
      {c.abilities.canMarkHeld ? <HeldForm conference={c} /> : null}
      <Attendance conference={c} />
      {c.status === 'held' || c.status === 'minutes_issued' || c.abilities.canRecord ? <Questions conference={c} /> : null}
      <Materials conference={c} />
      {c.status === 'held' || c.status === 'minutes_issued' ? <Minutes conference={c} /> : null}
      {c.abilities.canCancel ? <CancelForm conference={c} /> : null}
      <section className="pc-section" aria-labelledby="pc-timeline">
        <h2 id="pc-timeline">{t('pc.timeline')}</h2>
        <ol>
          {c.timeline.map((e, i) => (
            <li key={i}>{formatDateTime(e.at)} — {e.actorName}: {e.actionLabel}</li>
          ))}
        </ol>
      </section>
    </>
  );
}

function HeldForm({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const [participants, setParticipants] = useState(c.participants ?? '');
  const [summary, setSummary] = useState(c.summary ?? '');
  const held = useConferenceAction(() => conferencesApi.held(c.id, { participants: participants || null, summary: summary || null }));
  return (
    <section className="pc-section" aria-labelledby="pc-held">
      <h2 id="pc-held">{t('pc.held.title')}</h2>
      <form className="pc-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); held.mutate(undefined); }}>
        <TextareaField label={t('pc.held.participants')} name="participants" rows={2} value={participants} onChange={(e) => setParticipants(e.target.value)} />
        <TextareaField label={t('pc.held.summary')} name="summary" rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} />
        <FormError error={held.error} />
        <div className="button-row">
          <Button type="submit" busy={held.isPending}>{t('pc.held.save')}</Button>
        </div>
      </form>
    </section>
  );
}

function Materials({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const options = useQuery({ ...conferencesQueries.options(), enabled: c.abilities.canEdit });
  const [kind, setKind] = useState('press_kit');
  const [file, setFile] = useState<File | null>(null);
  const attach = useConferenceAction((f: File) => conferencesApi.attach(c.id, kind, f));
  return (
    <section className="pc-section" aria-labelledby="pc-materials">
      <h2 id="pc-materials">{t('pc.materials.title')}</h2>
      {c.materials.length === 0 ? <p>{t('pc.materials.none')}</p> : (
        <ul>
          {c.materials.map((m) => (
            <li key={m.fileId}><a href={`/api/v1/files/${encodeURIComponent(m.fileId)}`}>{m.fileName}</a> — {m.kindLabel}</li>
          ))}
        </ul>
      )}
      {c.abilities.canEdit ? (
        <form className="pc-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); if (file) attach.mutate(file); }}>
          <SelectField label={t('pc.materials.kind')} name="kind" value={kind} options={(options.data?.materialKinds ?? []).map((k) => ({ value: k.code, label: k.label }))} onChange={(e) => setKind(e.target.value)} />
          <Field label={t('pc.materials.file')} name="file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <FormError error={attach.error} />
          <div className="button-row">
            <Button type="submit" busy={attach.isPending} disabled={!file}>{t('pc.materials.upload')}</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function Minutes({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const issue = useConferenceAction(() => conferencesApi.issueMinutes(c.id));
  return (
    <section className="pc-section" aria-labelledby="pc-minutes">
      <h2 id="pc-minutes">{t('pc.minutes.title')}</h2>
      <p>
        <a href={`/api/v1/press/conferences/${encodeURIComponent(c.id)}/minutes.docx`} download>{t('pc.minutes.download')}</a>
      </p>
      {c.abilities.canIssueMinutes ? (
        <>
          <FormError error={issue.error} />
          <Button variant="secondary" busy={issue.isPending} onClick={() => issue.mutate(undefined)}>{t('pc.minutes.issue')}</Button>
        </>
      ) : null}
    </section>
  );
}

function CancelForm({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const cancel = useConferenceAction(() => conferencesApi.cancel(c.id, reason));
  return (
    <section className="pc-section" aria-labelledby="pc-cancel">
      <h2 id="pc-cancel">{t('pc.cancel.title')}</h2>
      <form className="pc-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); cancel.mutate(undefined); }}>
        <Field label={t('pc.cancel.reason')} name="cancelReason" required value={reason} onChange={(e) => setReason(e.target.value)} />
        <FormError error={cancel.error} />
        <div className="button-row">
          <Button type="submit" variant="danger" busy={cancel.isPending}>{t('pc.cancel.send')}</Button>
        </div>
      </form>
    </section>
  );
}
