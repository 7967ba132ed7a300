import { RecordTimeline } from '../../../app/components/record-timeline';
import '../press.css';
import { useQuery } from '@tanstack/react-query';
import { Alert, DateText, formatDate, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { pressQueries } from '../api';
import type { InquiryDetail } from '../api-types';
import { InquiryActions } from '../components/inquiry-actions';
import { enumLabel } from '../components/press-text';

/** One inquiry: intake, the deadline and its legal basis, the answer or refusal, the actions allowed, the timeline. */
export function InquiryPage({ id }: { id: string }) {
  const { t } = useI18n();
  const inquiry = useQuery(pressQueries.inquiry(id));
  const options = useQuery(pressQueries.options());
  useDocumentTitle(inquiry.data ? `${t('press.refNo', { refNo: inquiry.data.refNo })} — ${inquiry.data.subject}` : t('press.inquiries.title'));
  return (
    <AsyncView result={inquiry}>
      {(r) => (
        <>
          <PageHeader title={`${t('press.refNo', { refNo: r.refNo })} — ${r.subject}`} description={enumLabel(t, 'kind', r.kind)}>
            <Link to={paths.pressInquiries} className="dt-button dt-button--secondary">
              {t('press.inquiries.title')}
            </Link>
          </PageHeader>
          {r.isOverdue ? <Alert variant="error" title={t('press.detail.overdue')} /> : null}
          <section aria-labelledby="deadline">
            <h2 id="deadline">{t('press.detail.deadline')}</h2>
            <p>
              <strong>{t('press.detail.dueOn', { date: formatDate(r.dueOn) })}</strong> · {t('press.col.status')}: <span data-testid="inquiry-status">{enumLabel(t, 'status', r.status)}</span>
            </p>
            <p>{t('press.detail.basis', { basis: r.dueBasisText })}</p>
            {r.noticeDueOn ? <p>{t('press.detail.notice', { date: formatDate(r.noticeDueOn) })}</p> : null}
            {r.noticeSentOn ? <p data-testid="inquiry-notice">{t('press.detail.noticeSent', { date: formatDate(r.noticeSentOn), ref: r.noticeRef ?? '' })}</p> : null}
            {r.noticeLate && r.noticeDueOn ? <Alert variant="warning" title={t('press.detail.noticeLate', { date: formatDate(r.noticeDueOn) })} /> : null}
            {r.originalDueOn ? <p>{t('press.detail.extended', { date: formatDate(r.originalDueOn), reason: r.extensionReason ?? '' })}</p> : null}
          </section>
          <Facts r={r} />
          {r.status === 'answered' ? (
            <section aria-labelledby="answer">
              <h2 id="answer">{t('press.detail.answer')}</h2>
              <p className="muted">{t('press.detail.answeredOn', { date: formatDate(r.closedOn) })}</p>
              <p className="press-text">{r.answerText}</p>
              {r.answerFile ? (
                <p>
                  <a href={`/api/v1/files/${encodeURIComponent(r.answerFile.id)}`}>{r.answerFile.fileName}</a>
                </p>
              ) : null}
            </section>
          ) : null}
          {r.status === 'refused' ? (
            <section aria-labelledby="answer">
              <h2 id="answer">{t('press.refuse.title')}</h2>
              <p>{t('press.detail.refusal', { date: formatDate(r.closedOn), ground: r.refusalGroundText ?? '' })}</p>
              {r.refusalNote ? <p className="press-text">{r.refusalNote}</p> : null}
            </section>
          ) : null}
          <InquiryActions key={`${r.id}-${r.status}-${r.dueOn}`} inquiry={r} grounds={options.data?.refusalGrounds ?? []} />
          <RecordTimeline title={t('press.detail.timeline')} entries={r.timeline} className="press-timeline" />
        </>
      )}
    </AsyncView>
  );
}

function Facts({ r }: { r: InquiryDetail }) {
  const { t } = useI18n();
  const rows: [string, React.ReactNode][] = [
    [t('press.field.receivedOn'), <DateText key="d" value={r.receivedOn} />],
    [t('press.field.channel'), enumLabel(t, 'channel', r.channel)],
    ...(r.complexity ? ([[t('press.field.complexity'), enumLabel(t, 'complexity', r.complexity)]] as [string, React.ReactNode][]) : []),
    [t('press.field.requesterName'), r.requesterName],
    ...(r.requesterContact ? ([[t('press.field.requesterContact'), r.requesterContact]] as [string, React.ReactNode][]) : []),
    ...(r.agency ? ([[t('press.field.agency'), r.agency.name]] as [string, React.ReactNode][]) : []),
    ...(r.journalistName ? ([[t('press.field.journalist'), r.journalistName]] as [string, React.ReactNode][]) : []),
    [t('press.field.unit'), r.unit?.name ?? t('common.dash')],
    [t('press.field.officer'), r.officer?.name ?? t('common.dash')],
    ...(r.policy ? ([[t('press.detail.policy'), <Link key="p" to={paths.policy(r.policy.id)}>{r.policy.title}</Link>]] as [string, React.ReactNode][]) : []),
  ];
  return (
    <section aria-labelledby="facts">
      <h2 id="facts">{t('press.detail.facts')}</h2>
      <dl className="press-facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('press.field.content')}</h3>
      <p className="press-text">{r.content}</p>
    </section>
  );
}
