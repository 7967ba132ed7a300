import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Alert, Button, formatDateTime, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { useRefreshConsultation } from '../api';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { Pager } from '../../../app/components/pager';
import { signalQueries, signalsApi, type Signal, type SignalMember } from './signals-api';

const MEMBERS_PAGE = 50;

/** What is known of a comment's sender (masked by the server), and the "was this you?" state or button. */
function MemberRow({ roundId, signal, member }: { roundId: string; signal: Signal; member: SignalMember }) {
  const { t } = useI18n();
  const refresh = useRefreshConsultation();
  const send = useMutation({ mutationFn: () => signalsApi.check(roundId, signal.id, member.commentId), onSuccess: () => void refresh() });
  const sender = [member.email, member.phone, t('signals.address', { label: member.address })].filter(Boolean).join(' · ');
  const check = member.check;
  let checkCell;
  if (check) checkCell = check.answer ? <span className={`badge signal-check--${check.answer}`}>{t(`signals.check.${check.answer}`)}</span> : t('signals.check.waiting');
  else if (member.canCheck && signal.status !== 'cleared')
    checkCell = (
      <>
        <Button variant="secondary" aria-label={t('signals.check.sendFor', { code: member.receiptCode })} busy={send.isPending} disabled={send.isSuccess} onClick={() => send.mutate()}>{t('signals.check.send')}</Button>
        {send.isSuccess ? <span role="status">{t('signals.check.sent', { code: member.receiptCode })}</span> : null}
        <FormError error={send.error} />
      </>
    );
  else checkCell = member.email ? '—' : t('signals.check.noEmail');
  return (
    <tr>
      <th scope="row">{member.receiptCode}</th>
      <td>{formatDateTime(member.createdAt)}</td>
      <td>{sender}</td>
      <td>{member.excerpt}</td>
      <td>{checkCell}</td>
    </tr>
  );
}

function MemberTable({ roundId, signal, members }: { roundId: string; signal: Signal; members: readonly SignalMember[] }) {
  const { t } = useI18n();
  return (
    <table className="data-table">
      <caption>{t('signals.evidence')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('signals.col.code')}</th>
          <th scope="col">{t('signals.col.sentOn')}</th>
          <th scope="col">{t('signals.col.sender')}</th>
          <th scope="col">{t('signals.col.text')}</th>
          <th scope="col">{t('signals.col.check')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => <MemberRow key={m.commentId} roundId={roundId} signal={signal} member={m} />)}
      </tbody>
    </table>
  );
}

/** Every comment of a signal, page by page (opened on request: a burst can hold thousands). */
function AllMembers({ roundId, signal }: { roundId: string; signal: Signal }) {
  const [offset, setOffset] = useState(0);
  const page = useQuery(signalQueries.members(roundId, signal.id, { limit: MEMBERS_PAGE, offset }));
  return (
    <AsyncView result={page}>
      {(data) => (
        <>
          <MemberTable roundId={roundId} signal={signal} members={data.items} />
          <Pager total={data.total} offset={offset} limit={MEMBERS_PAGE} busy={page.isFetching} onChange={setOffset} />
        </>
      )}
    </AsyncView>
  );
}

/** "Đã xem – không có vấn đề" / "Đã xem – đáng ngờ" with a note (required for the second). */
function ReviewForm({ roundId, signal }: { roundId: string; signal: Signal }) {
  const { t } = useI18n();
  const refresh = useRefreshConsultation();
  const [status, setStatus] = useState<'cleared' | 'suspicious' | ''>(signal.status === 'new' ? '' : signal.status);
  const [note, setNote] = useState(signal.note ?? '');
  const [noteError, setNoteError] = useState<string | undefined>();
  const formId = useId();
  const save = useMutation({ mutationFn: () => signalsApi.review(roundId, signal.id, { status: status as 'cleared' | 'suspicious', note: note.trim() || null }), onSuccess: () => void refresh() });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!status) return;
    if (status === 'suspicious' && !note.trim()) return setNoteError(t('signals.review.noteRequired'));
    setNoteError(undefined);
    save.mutate();
  };
  return (
    <form className="signal-review" onSubmit={submit} aria-label={t('signals.review.title')}>
      {save.isSuccess ? <Alert variant="success">{t('signals.review.done')}</Alert> : null}
      <FormError error={save.error} shownFields={['note']} />
      <SelectField label={t('signals.review.title')} name={`review-${formId}`} placeholder="—" value={status}
        options={[{ value: 'cleared', label: t('signals.review.cleared') }, { value: 'suspicious', label: t('signals.review.suspicious') }]}
        onChange={(e) => setStatus(e.target.value === 'cleared' || e.target.value === 'suspicious' ? e.target.value : '')} />
      <TextareaField label={t('signals.review.note')} name={`note-${formId}`} rows={2} maxLength={2000} value={note} error={noteError}
        onChange={(e) => { setNote(e.target.value); setNoteError(undefined); }} />
      <Button type="submit" busy={save.isPending} disabled={!status}>{t('signals.review.submit')}</Button>
    </form>
  );
}

/** What the comments of a signal share, in words: the masked source, or the campaign / text of a burst. */
function subjectOf(signal: Signal, t: ReturnType<typeof useI18n>['t']): string | null {
  if (signal.kind === 'burst') return signal.subjectLabel === 'campaign' ? t('signals.sameCampaign') : t('signals.sameText');
  if (signal.kind === 'new_identities') return null;
  return t('signals.source', { label: signal.kind === 'same_address' ? t('signals.address', { label: signal.subjectLabel }) : signal.subjectLabel });
}

/**
 * One signal: its kind and status, what its comments share (masked), when, how many against which threshold, the
 * first comments as evidence (all on request) with the "was this you?" mail per comment, and the review form.
 */
export function SignalItem({ roundId, signal }: { roundId: string; signal: Signal }) {
  const { t } = useI18n();
  const [isAll, setAll] = useState(false);
  // element ids from React, not the signal's id: no internal id in the page
  const titleId = useId();
  const subject = subjectOf(signal, t);
  return (
    <article className="panel signal" aria-labelledby={titleId}>
      <h4 id={titleId}>
        {t(`signalKind.${signal.kind}`)} <span className={`badge signal-status--${signal.status}`}>{t(`signalStatus.${signal.status}`)}</span>
      </h4>
      <ul className="plain-list">
        {subject ? <li>{subject}</li> : null}
        <li>{t('signals.window', { from: formatDateTime(signal.windowStart), to: formatDateTime(signal.windowEnd) })}</li>
        <li>{t('signals.count', { count: signal.commentCount, threshold: signal.threshold })}</li>
        {signal.baseline !== null ? <li>{t('signals.baseline', { baseline: signal.baseline })}</li> : null}
        {signal.disputed > 0 ? <li><strong>{t('signals.disputed', { count: signal.disputed })}</strong></li> : null}
        {signal.reviewedAt ? <li>{t('signals.reviewed', { who: signal.reviewedBy ?? '—', at: formatDateTime(signal.reviewedAt) })}</li> : null}
        {signal.note ? <li>{t('signals.note')}: {signal.note}</li> : null}
      </ul>
      {signal.excerpt ? <blockquote>{signal.excerpt}</blockquote> : null}
      {isAll ? (
        <AllMembers roundId={roundId} signal={signal} />
      ) : (
        <>
          <MemberTable roundId={roundId} signal={signal} members={signal.members} />
          {signal.commentCount > signal.members.length ? (
            <p>
              {t('signals.evidenceMore', { shown: signal.members.length, count: signal.commentCount })}{' '}
              <Button variant="secondary" onClick={() => setAll(true)}>{t('signals.showAll', { count: signal.commentCount })}</Button>
            </p>
          ) : null}
        </>
      )}
      <ReviewForm roundId={roundId} signal={signal} />
    </article>
  );
}
