import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Field, formatDate, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { conferencesApi, conferencesQueries } from '../api';
import type { ConferenceDetail, QuestionBody } from '../api-types';
import { useConferenceAction } from './use-conference-action';

type Question = ConferenceDetail['questions'][number];

/** The questions-and-answers log: each question, its answer or follow-up, the later answer by the unit given it. */
export function Questions({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  return (
    <section className="pc-section" aria-labelledby="pc-questions">
      <h2 id="pc-questions">{t('pc.questions.title')}</h2>
      {c.questions.length === 0 ? <p>{t('pc.questions.none')}</p> : null}
      <ol className="pc-questions">
        {c.questions.map((q) => (
          <QuestionItem key={q.id} conferenceId={c.id} question={q} />
        ))}
      </ol>
      {c.abilities.canRecord ? <AskForm conference={c} /> : null}
    </section>
  );
}

function QuestionItem({ conferenceId, question: q }: { conferenceId: string; question: Question }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState('');
  const send = useConferenceAction((text: string) => conferencesApi.answer(conferenceId, q.id, text));
  const who = [q.journalistName, q.agency?.name].filter(Boolean).join(', ');
  return (
    <li>
      <p>
        <strong>{t('pc.questions.item', { seq: q.seq })}</strong>
        {who ? ` (${who})` : ''}: {q.question}
      </p>
      {q.answeredOnSpot ? (
        <p className="pc-text">{q.answeredBy ? `${q.answeredBy}: ` : ''}{q.answer}</p>
      ) : (
        <>
          <p className={q.isOverdue ? 'pc-flag' : undefined}>
            {t('pc.questions.followUp', { unit: q.followUpUnit?.name ?? '', due: q.followUpDueOn ? formatDate(q.followUpDueOn) : '' })}
            {q.isOverdue ? ` — ${t('pc.list.overdue')}` : ''}
          </p>
          {q.followUpBasisText ? <p>{q.followUpBasisText}</p> : null}
          {q.followUpAnswer ? (
            <p className="pc-text">{t('pc.questions.answeredOn', { date: formatDate(q.followUpAnsweredOn ?? '') })}: {q.followUpAnswer}</p>
          ) : q.canAnswer ? (
            <form noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); send.mutate(answer); }}>
              <TextareaField label={t('pc.questions.answerLater', { seq: q.seq })} name={`answer-${q.seq}`} required rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
              <FormError error={send.error} />
              <div className="button-row">
                <Button type="submit" busy={send.isPending}>{t('pc.questions.send')}</Button>
              </div>
            </form>
          ) : null}
        </>
      )}
    </li>
  );
}

const EMPTY = { agencyId: '', journalistName: '', question: '', answeredOnSpot: true, answer: '', answeredBy: '', followUpUnitId: '' };

function AskForm({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const options = useQuery(conferencesQueries.options());
  const [d, setD] = useState(EMPTY);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const ask = useConferenceAction((body: QuestionBody) => conferencesApi.ask(c.id, body));
  const errors = fieldErrors(ask.error);
  const agencies = c.invitations.length ? c.invitations.map((i) => i.agency) : (options.data?.agencies ?? []);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    ask.mutate(
      { agencyId: d.agencyId || null, journalistName: d.journalistName || null, question: d.question, answeredOnSpot: d.answeredOnSpot, answer: d.answeredOnSpot ? d.answer || null : null, answeredBy: d.answeredOnSpot ? d.answeredBy || null : null, followUpUnitId: d.answeredOnSpot ? null : d.followUpUnitId || null },
      { onSuccess: () => setD(EMPTY) },
    );
  };
  return (
    <form className="pc-form" noValidate onSubmit={submit} aria-labelledby="pc-ask">
      <h3 id="pc-ask">{t('pc.questions.add')}</h3>
      <FormError error={ask.error} shownFields={['question', 'answer', 'followUpUnitId']} />
      <SelectField label={t('pc.questions.agency')} name="agencyId" value={d.agencyId} options={[{ value: '', label: t('pc.field.none') }, ...agencies.map((a) => ({ value: a.id, label: a.name }))]} onChange={(e) => set({ agencyId: e.target.value })} />
      <Field label={t('pc.questions.journalist')} name="journalistName" value={d.journalistName} onChange={(e) => set({ journalistName: e.target.value })} />
      <TextareaField label={t('pc.questions.text')} name="question" required rows={2} value={d.question} error={errors.question} onChange={(e) => set({ question: e.target.value })} />
      <label className="pc-check">
        <input type="checkbox" name="answeredOnSpot" checked={d.answeredOnSpot} onChange={(e) => set({ answeredOnSpot: e.target.checked })} />
        <span>{t('pc.questions.onSpot')}</span>
      </label>
      {d.answeredOnSpot ? (
        <>
          <TextareaField label={t('pc.questions.answer')} name="answer" required rows={2} value={d.answer} error={errors.answer} onChange={(e) => set({ answer: e.target.value })} />
          <Field label={t('pc.questions.answeredBy')} name="answeredBy" value={d.answeredBy} onChange={(e) => set({ answeredBy: e.target.value })} />
        </>
      ) : (
        <SelectField label={t('pc.questions.followUpUnit')} name="followUpUnitId" required value={d.followUpUnitId} placeholder={t('pc.choose')} error={errors.followUpUnitId}
          options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ followUpUnitId: e.target.value })} />
      )}
      <div className="button-row">
        <Button type="submit" busy={ask.isPending}>{t('pc.questions.add')}</Button>
      </div>
    </form>
  );
}
