import '../training.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DataTable, formatDateTime, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { trainingApi, trainingQueries } from '../api';
import type { Participant } from '../api-types';
import { InviteForm } from '../components/invite-form';

/** One session: when and where, its status, the walk-in QR, invitations, attendance and the feedback averages. */
export function SessionPage({ id }: { id: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const session = useQuery(trainingQueries.session(id));
  const done = () => void queryClient.invalidateQueries({ queryKey: trainingQueries.all });
  const status = useMutation({ mutationFn: (s: 'held' | 'closed' | 'cancelled') => trainingApi.setStatus(id, s), onSuccess: done });
  const mark = useMutation({ mutationFn: (participantId: string) => trainingApi.markAttendance(id, participantId), onSuccess: done });
  const title = session.data ? `${session.data.course.name}${session.data.title ? ` — ${session.data.title}` : ''}` : t('training.title');
  useDocumentTitle(title);
  return (
    <AsyncView result={session}>
      {(s) => (
        <>
          <PageHeader title={title} description={s.timeText}>
            <Link to={paths.trainingCourse(s.course.id)} className="dt-button dt-button--secondary">{t('training.session.course', { title: s.course.name })}</Link>
          </PageHeader>
          <dl className="training-facts">
            <div><dt>{t('training.session.time')}</dt><dd>{s.timeText}</dd></div>
            {s.place ? <div><dt>{t('training.session.place')}</dt><dd>{s.place}</dd></div> : null}
            {s.onlineUrl ? <div><dt>{t('training.session.onlineUrl')}</dt><dd><a href={s.onlineUrl}>{s.onlineUrl}</a></dd></div> : null}
            {s.trainers ? <div><dt>{t('training.session.trainers')}</dt><dd>{s.trainers}</dd></div> : null}
            {s.capacity !== null ? <div><dt>{t('training.session.capacity')}</dt><dd>{s.capacity}</dd></div> : null}
            <div><dt>{t('training.session.status')}</dt><dd data-testid="session-status">{s.statusLabel}{s.isRequired ? '' : ` (${t('training.session.optional')})`}</dd></div>
          </dl>
          <FormError error={status.error ?? mark.error} />
          <div className="button-row">
            {s.abilities.canHold ? <Button variant="secondary" busy={status.isPending} onClick={() => status.mutate('held')}>{t('training.status.held')}</Button> : null}
            {s.abilities.canClose ? <Button busy={status.isPending} onClick={() => status.mutate('closed')}>{t('training.status.closed')}</Button> : null}
            {s.abilities.canCancel ? <Button variant="danger" busy={status.isPending} onClick={() => status.mutate('cancelled')}>{t('training.status.cancelled')}</Button> : null}
          </div>
          {s.checkin.url ? (
            <section aria-labelledby="checkin" className="training-box">
              <h2 id="checkin">{t('training.checkin.title')}</h2>
              <div className="training-qr">
                <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.checkin.qrSvg)}`} alt={t('training.checkin.qr')} />
                <div>
                  <p>{t('training.checkin.intro', { from: formatDateTime(s.checkin.opensAt), to: formatDateTime(s.checkin.closesAt) })}</p>
                  <p><a href={s.checkin.url} data-testid="checkin-link">{s.checkin.url}</a></p>
                  {s.checkin.isOpen ? <p><strong>{t('training.checkin.open')}</strong></p> : null}
                </div>
              </div>
            </section>
          ) : null}
          {s.abilities.canInvite ? (
            <section aria-labelledby="invite" className="training-box">
              <h2 id="invite">{t('training.invite.title')}</h2>
              <InviteForm sessionId={s.id} />
            </section>
          ) : null}
          <section aria-labelledby="participants">
            <h2 id="participants">{t('training.participants')}</h2>
            <p>{t('training.participants.counts', { invited: s.invitedCount, attended: s.attendedCount })}</p>
            {s.abilities.canSeeParticipants ? (
              <DataTable<Participant>
                caption={t('training.participants.caption')}
                hideCaption
                rows={s.participants}
                rowKey={(p) => p.id}
                emptyText={t('training.participants.empty')}
                columns={[
                  { key: 'name', header: t('training.col.name'), rowHeader: true, cell: (p) => `${p.name}${p.isWalkIn ? ` ${t('training.walkIn')}` : ''}` },
                  { key: 'unit', header: t('training.col.unit'), cell: (p) => [p.title, p.unitName].filter(Boolean).join(', ') },
                  { key: 'type', header: t('training.col.type'), cell: (p) => p.participantTypeLabel },
                  { key: 'status', header: t('training.col.status'), cell: (p) => p.statusLabel },
                  {
                    key: 'attendance',
                    header: t('training.col.attendance'),
                    cell: (p) =>
                      p.attendedAt ? `${formatDateTime(p.attendedAt)} — ${p.attendedViaLabel ?? ''}` : s.abilities.canMarkAttendance ? (
                        <Button size="small" variant="secondary" busy={mark.isPending && mark.variables === p.id} onClick={() => mark.mutate(p.id)} aria-label={`${t('training.mark')}: ${p.name}`}>{t('training.mark')}</Button>
                      ) : '',
                  },
                ]}
              />
            ) : null}
          </section>
          <section aria-labelledby="feedback">
            <h2 id="feedback">{t('training.feedback')}</h2>
            {s.feedback.count === 0 ? <p>{t('training.feedback.none')}</p> : (
              <>
                <p>{t('training.feedback.count', { count: s.feedback.count })}</p>
                <dl className="training-facts" data-testid="feedback-averages">
                  {s.feedback.averages.map((a) => <div key={a.code}><dt>{a.label}</dt><dd>{a.average === null ? t('common.dash') : a.average.toLocaleString('vi-VN')}</dd></div>)}
                </dl>
                {s.feedback.comments.length ? (<><h3>{t('training.feedback.comments')}</h3><ul>{s.feedback.comments.map((c, i) => <li key={i}>{c}</li>)}</ul></>) : null}
              </>
            )}
          </section>
        </>
      )}
    </AsyncView>
  );
}
