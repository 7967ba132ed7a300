import { RecordTimeline } from '../../../app/components/record-timeline';
import '../commissions.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, DataTable, formatDate, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { commissionsQueries, documentUrls, vnd } from '../api';
import type { CommissionDetail } from '../api-types';
import { CommissionActions, type DeliverablePrefill } from '../components/commission-actions';

type Line = CommissionDetail['lines'][number];

/** The day in Vietnam of a timestamp (what a date field takes). */
const vnDate = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

/** One order: its content, products with delivered and accepted quantities, deliverables matched with monitoring, acceptance, payments, documents, the actions allowed and the timeline. */
export function CommissionPage({ id }: { id: string }) {
  const { t } = useI18n();
  const one = useQuery(commissionsQueries.one(id));
  // a monitored item offered as a candidate fills the deliverable form when chosen
  const [prefill, setPrefill] = useState<DeliverablePrefill | null>(null);
  useDocumentTitle(one.data ? `${t('comm.refNo', { refNo: one.data.refNo })} — ${one.data.title}` : t('comm.list.title'));
  return (
    <AsyncView result={one}>
      {(c) => (
        <>
          <PageHeader title={`${t('comm.refNo', { refNo: c.refNo })} — ${c.title}`} description={c.modeLabel}>
            {c.abilities.canEdit ? (
              <Link to={paths.commissionEdit(c.id)} className="dt-button dt-button--secondary">
                {t('comm.edit')}
              </Link>
            ) : null}
            <Link to={paths.commissions} className="dt-button dt-button--secondary">
              {t('comm.list.title')}
            </Link>
          </PageHeader>
          <p>
            {t('comm.detail.status')}: <strong data-testid="commission-status">{c.statusLabel}</strong> · {t('comm.detail.delivery')}: {c.deliveryLabel}
          </p>
          <p data-testid="commission-amounts">{t('comm.detail.amounts', { total: vnd(c.totalAmount), accepted: vnd(c.acceptedAmount), paid: vnd(c.paidAmount), remaining: vnd(c.remainingAmount) })}</p>
          {c.budget ? (
            <section aria-labelledby="budget">
              <h2 id="budget">{t('comm.detail.budget', { year: c.budgetYear })}</h2>
              {c.budget.allocated === null ? <p>{t('comm.detail.budgetNone')}</p> : <p>{t('comm.detail.budgetValue', { allocated: vnd(c.budget.allocated), committed: vnd(c.budget.committedByOthers), remaining: vnd(c.budget.remaining ?? 0) })}</p>}
              {c.budget.overBy > 0 ? <Alert variant="warning" title={t('comm.detail.budgetOver', { amount: vnd(c.budget.overBy) })} /> : null}
            </section>
          ) : null}
          {c.serviceProblem ? (
            <Alert variant="warning" title={t('comm.detail.serviceProblem')}>
              <p data-testid="commission-service-problem">{c.serviceProblem}</p>
            </Alert>
          ) : null}
          <dl className="comm-facts">
            <div><dt>{t('comm.detail.orderer')}</dt><dd>{c.ordererUnit.name}</dd></div>
            <div><dt>{t('comm.detail.supplier')}</dt><dd>{c.supplier.name}</dd></div>
            {c.policy ? <div><dt>{t('comm.detail.policy')}</dt><dd><Link to={paths.policy(c.policy.id)}>{c.policy.title}</Link></dd></div> : null}
            {c.planTask ? <div><dt>{t('comm.detail.task')}</dt><dd>{c.planTask.planTitle} — {c.planTask.code}. {c.planTask.title}</dd></div> : null}
            <div>
              <dt>{t('comm.detail.service')}</dt>
              <dd data-testid="commission-service">
                {c.service ? <>{c.service.name}{c.service.listLabel ? <><br /><span className="muted">{t('comm.detail.serviceList', { list: c.service.listLabel })}</span></> : null}</> : t('comm.detail.noService')}
              </dd>
            </div>
            <div><dt>{t('comm.detail.legalBasis')}</dt><dd style={{ whiteSpace: 'pre-line' }}>{c.legalBasis}</dd></div>
            <div><dt>{t('comm.detail.funding')}</dt><dd>{c.fundingLabel}</dd></div>
            <div><dt>{t('comm.detail.period')}</dt><dd>{t('comm.detail.periodValue', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })}</dd></div>
            <div><dt>{t('comm.detail.deliverBy')}</dt><dd>{formatDate(c.deliverBy)}</dd></div>
            <div><dt>{t('comm.detail.criteria')}</dt><dd>{c.acceptanceCriteria}</dd></div>
            {c.contractNo && c.signedOn ? <div><dt>{t('comm.detail.contract')}</dt><dd>{t('comm.detail.contractValue', { no: c.contractNo, date: formatDate(c.signedOn) })}</dd></div> : null}
            {c.overBudgetReason ? <div><dt>{t('comm.detail.overBudget')}</dt><dd>{c.overBudgetReason}</dd></div> : null}
            {c.cancelReason ? <div><dt>{t('comm.detail.cancelReason')}</dt><dd>{c.cancelReason}</dd></div> : null}
          </dl>
          <section aria-labelledby="lines">
            <h2 id="lines">{t('comm.detail.lines')}</h2>
            <DataTable<Line>
              caption={t('comm.detail.linesCaption')}
              rows={c.lines}
              rowKey={(l) => l.id}
              emptyText={t('common.dash')}
              columns={[
                { key: 'product', header: t('comm.col.product'), rowHeader: true, cell: (l) => `${l.productTypeLabel}: ${l.topic}` },
                { key: 'req', header: t('comm.col.requirements'), cell: (l) => [l.length, l.channel, l.placement].filter(Boolean).join('; ') || t('common.dash') },
                { key: 'ordered', header: t('comm.col.ordered'), className: 'num', cell: (l) => `${l.quantity} ${l.unit}` },
                { key: 'delivered', header: t('comm.col.delivered'), className: 'num', cell: (l) => l.delivered },
                { key: 'accepted', header: t('comm.col.accepted'), className: 'num', cell: (l) => l.accepted },
                { key: 'price', header: t('comm.col.unitPrice'), className: 'num', cell: (l) => vnd(l.unitPrice) },
                { key: 'total', header: t('comm.col.lineTotal'), className: 'num', cell: (l) => vnd(l.lineTotal) },
              ]}
            />
          </section>
          <section aria-labelledby="deliverables">
            <h2 id="deliverables">{t('comm.detail.deliverables')}</h2>
            {c.deliverables.length === 0 ? <p>{t('comm.detail.noDeliverables')}</p> : null}
            <ul data-testid="deliverables">
              {c.deliverables.map((d) => (
                <li key={d.id}>
                  <strong>{d.title}</strong> ({d.lineLabel}) — {d.url ? <a href={d.url} rel="noopener noreferrer" target="_blank">{d.url}</a> : null}
                  {d.airedOn ? t('comm.detail.aired', { channel: d.channel ?? '', date: formatDate(d.airedOn), time: d.airedAt ? `, ${d.airedAt}` : '', duration: d.durationMinutes ? `, ${d.durationMinutes} phút` : '' }) : null}
                  {!d.url && !d.airedOn ? t('comm.detail.published', { date: formatDate(d.publishedOn) }) : null}
                  {d.file ? <> · <a href={`/api/v1/files/${encodeURIComponent(d.file.id)}`}>{d.file.fileName}</a></> : null}
                  {d.url ? (
                    <ul className="comm-match">
                      {d.matches.length ? d.matches.map((m, i) => <li key={i}>{t('comm.detail.match', { source: m.sourceName, date: m.publishedAt ? formatDate(m.publishedAt.slice(0, 10)) : t('common.dash'), sentiment: m.sentimentLabel })}</li>) : <li>{t('comm.detail.noMatch')}</li>}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
            {c.candidates.length ? (
              <>
                <h3>{t('comm.detail.candidates')}</h3>
                <p className="muted">{t('comm.detail.candidatesIntro')}</p>
                <ul>
                  {c.candidates.map((m, i) => (
                    <li key={i}>
                      {m.url ? <a href={m.url} rel="noopener noreferrer" target="_blank">{m.title}</a> : m.title} — {m.sourceName}, {m.publishedAt ? formatDate(m.publishedAt.slice(0, 10)) : t('common.dash')}, {m.sentimentLabel}
                      {c.abilities.canDeliver ? (
                        <>
                          {' '}
                          <Button type="button" variant="quiet" onClick={() => { setPrefill({ title: m.title, url: m.url ?? '', publishedOn: m.publishedAt ? vnDate(m.publishedAt) : '' }); document.getElementById('deliver-title')?.scrollIntoView(); }}>
                            {t('comm.detail.useCandidate')}
                          </Button>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section aria-labelledby="acceptances">
            <h2 id="acceptances">{t('comm.detail.acceptances')}</h2>
            <ul>
              {c.acceptances.map((a) => (
                <li key={a.id}>
                  <strong>{t('comm.detail.acceptance', { date: formatDate(a.acceptedOn), amount: vnd(a.amount) })}</strong>
                  <br />
                  {t('comm.detail.members', { members: a.members.join('; ') })}
                  <br />
                  {t('comm.detail.quality', { quality: a.quality })}
                </li>
              ))}
            </ul>
            <h2 id="payments">{t('comm.detail.payments')}</h2>
            {c.payments.length === 0 ? <p>{t('comm.detail.noPayments')}</p> : null}
            <ul data-testid="payments">
              {c.payments.map((p) => (
                <li key={p.id}>{t('comm.detail.payment', { date: formatDate(p.paidOn), amount: vnd(p.amount), doc: p.documentNo })}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="documents">
            <h2 id="documents">{t('comm.detail.documents')}</h2>
            <ul>
              <li><a href={documentUrls.order(c.id)} download>{t('comm.detail.orderDocx')}</a></li>
              {c.acceptances.map((a) => (
                <li key={a.id}><a href={documentUrls.acceptance(c.id, a.id)} download>{t('comm.detail.acceptanceDocx', { date: formatDate(a.acceptedOn) })}</a></li>
              ))}
            </ul>
          </section>
          <CommissionActions key={`${c.id}-${c.status}-${c.deliverables.length}-${c.acceptances.length}-${c.payments.length}-${prefill?.url ?? ''}`} c={c} prefill={prefill} />
          <RecordTimeline title={t('comm.detail.timeline')} entries={c.timeline} className="comm-timeline" />
        </>
      )}
    </AsyncView>
  );
}
