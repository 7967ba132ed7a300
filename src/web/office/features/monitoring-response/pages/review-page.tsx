import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, DataTable, Field, PageHeader, SelectField, formatDateTime } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { HrefLink } from '../../../app/components/href-link';
import { Pager } from '../../../app/components/pager';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { useSession } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { downloads, responseApi, responseQueries } from '../api';
import { VERDICTS, type QueueItem, type Takedown, type Verdict } from '../api-types';
import { ResponseNav } from '../components/response-nav';
import '../response.css';
import { DateTimeInput, vnInstant } from '../../../app/components/date-time-input';

const LIMIT = 20;
const REFERABLE: readonly string[] = ['false', 'misleading', 'hostile'];

/** The verdict form of one waiting item: a verdict, its grounds, and the evidence captured with it. */
function ReviewForm({ item, onDone }: { item: QueueItem; onDone: (sha: string | null) => void }) {
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<Verdict>('false');
  const [note, setNote] = useState('');
  const save = useMutation({ mutationFn: () => responseApi.review(item.id, { verdict, note: note || null }), onSuccess: (r) => onDone(r.evidence?.sha256 ?? null) });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = fieldErrors(save.error);
  return (
    <form onSubmit={onSubmit} aria-label={`${t('mr.review.verdict')}: ${item.title}`}>
      <FormError error={save.error} shownFields={['note']} />
      <div className="mr-row">
        <SelectField label={t('mr.review.verdict')} value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)} options={VERDICTS.map((v) => ({ value: v, label: t(`mr.review.verdict.${v}`) }))} />
      </div>
      <TextareaField label={t('mr.review.note')} rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note ?? null} />
      <Button type="submit" busy={save.isPending}>
        {t('mr.review.submit')}
      </Button>
    </form>
  );
}

/** The evidence of a reviewed item, with downloads and a new capture. */
function EvidenceList({ itemId }: { itemId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const detail = useQuery(responseQueries.itemResponse(itemId));
  const again = useMutation({ mutationFn: () => responseApi.capture(itemId), onSuccess: () => queryClient.invalidateQueries({ queryKey: responseQueries.all }) });
  return (
    <details>
      <summary>{t('mr.review.evidence', { count: detail.data?.evidence.length ?? 0 })}</summary>
      <FormError error={again.error} />
      <ul>
        {(detail.data?.evidence ?? []).map((e) => (
          <li key={e.id}>
            {t('mr.review.evidenceLine', { method: e.methodLabel, at: formatDateTime(e.capturedAt) })} <span className="mr-hash">{e.sha256}</span>
            {e.fetchError ? ` (${e.fetchError})` : ''} — <a href={downloads.evidence(e.id)}>{t('mr.review.download')}</a>
          </li>
        ))}
      </ul>
      <Button variant="secondary" size="small" busy={again.isPending} onClick={() => again.mutate()}>
        {t('mr.review.captureAgain')}
      </Button>
    </details>
  );
}

/** A takedown request for one item (coordinators): platform, channel, when it was sent. */
function TakedownForm({ item, onDone }: { item: QueueItem; onDone: (warning: string | null) => void }) {
  const { t } = useI18n();
  const [platform, setPlatform] = useState('');
  const [channel, setChannel] = useState<'electronic' | 'written' | 'phone'>('electronic');
  // a request by phone is often written down later: the time it was made, on the Vietnamese clock (UTC+7)
  const [requestedAt, setRequestedAt] = useState('');
  const save = useMutation({
    mutationFn: () => responseApi.requestTakedown(item.id, { platform, channel, requestedAt: vnInstant(requestedAt) }),
    onSuccess: (r) => { setPlatform(''); setRequestedAt(''); onDone(r.warning ?? t('mr.takedown.recorded', { at: formatDateTime(r.deadlineAt) })); },
  });
  return (
    <details>
      <summary>{t('mr.takedown.request')}</summary>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }} aria-label={`${t('mr.takedown.request')}: ${item.title}`}>
        <FormError error={save.error} />
        <div className="mr-row">
          <Field label={t('mr.takedown.platform')} value={platform} onChange={(e) => setPlatform(e.target.value)} required />
          <SelectField label={t('mr.takedown.channel')} value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)} options={(['electronic', 'written', 'phone'] as const).map((c) => ({ value: c, label: t(`mr.takedown.channel.${c}`) }))} />
          <DateTimeInput name="requestedAt" label={t('mr.takedown.requestedAt')} value={requestedAt} onChange={(v) => setRequestedAt(v)} />
          <Button type="submit" busy={save.isPending}>
            {t('mr.takedown.save')}
          </Button>
        </div>
      </form>
    </details>
  );
}

/** "Mở sự cố từ tin này": opens the crisis module's form with the item (the crisis keeps monitoring's flag record). */
function CrisisForm({ item }: { item: QueueItem }) {
  const { t } = useI18n();
  return (
    <p>
      <HrefLink href={`/office/crises/new?itemId=${encodeURIComponent(item.id)}`} aria-label={`${t('crises.open.fromItem')}: ${item.title}`}>
        {t('crises.open.fromItem')}
      </HrefLink>
    </p>
  );
}

function TakedownTable() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const list = useQuery(responseQueries.takedowns({ state: 'all', limit: 50, offset: 0 }));
  const outcome = useMutation({ mutationFn: (v: { id: string; outcome: 'removed' | 'refused' | 'no_answer' }) => responseApi.outcome(v.id, { outcome: v.outcome }), onSuccess: () => queryClient.invalidateQueries({ queryKey: responseQueries.all }) });
  return (
    <section className="panel" aria-labelledby="mr-takedowns">
      <h2 id="mr-takedowns">{t('mr.takedown.title')}</h2>
      <p>{t('mr.takedown.intro')}</p>
      <FormError error={outcome.error} />
      <AsyncView result={list}>
        {(data) => (
          <>
            {data.removedWithinDeadlinePct !== null ? <p role="status">{t('mr.takedown.rate', { pct: data.removedWithinDeadlinePct.toLocaleString('vi-VN') })}</p> : null}
            <DataTable<Takedown>
              caption={t('mr.takedown.title')}
              hideCaption
              rows={data.items}
              rowKey={(r) => r.id}
              emptyText={t('mr.takedown.empty')}
              columns={[
                { key: 'item', header: t('mr.takedown.column.item'), rowHeader: true, cell: (r) => r.itemTitle },
                { key: 'request', header: t('mr.takedown.column.request'), cell: (r) => `${r.platform}, ${r.channelLabel.toLowerCase()}, ${formatDateTime(r.requestedAt)}. ${t('mr.takedown.deadline', { at: formatDateTime(r.deadlineAt) })}` },
                {
                  key: 'outcome',
                  header: t('mr.takedown.column.outcome'),
                  cell: (r) =>
                    r.outcome === 'pending' ? (
                      <>
                        {r.overdue ? <strong>{t('mr.takedown.overdue')}. </strong> : `${r.outcomeLabel}. `}
                        {(['removed', 'refused', 'no_answer'] as const).map((o) => (
                          <Button key={o} variant="secondary" size="small" busy={outcome.isPending && outcome.variables?.id === r.id && outcome.variables.outcome === o} onClick={() => outcome.mutate({ id: r.id, outcome: o })} aria-label={`${t(o === 'removed' ? 'mr.takedown.removed' : o === 'refused' ? 'mr.takedown.refused' : 'mr.takedown.noAnswer')}: ${r.itemTitle}`}>
                            {t(o === 'removed' ? 'mr.takedown.removed' : o === 'refused' ? 'mr.takedown.refused' : 'mr.takedown.noAnswer')}
                          </Button>
                        ))}
                      </>
                    ) : (
                      `${r.outcomeLabel}${r.outcomeAt ? `, ${formatDateTime(r.outcomeAt)}` : ''}`
                    ),
                },
              ]}
            />
          </>
        )}
      </AsyncView>
    </section>
  );
}

/**
 * "Xem xét và xử lý thông tin": the review queue (verdicts with evidence), the referral package for the police
 * liaison from the items selected, takedown requests and their outcomes.
 */
export function MonitoringReviewPage() {
  const { t } = useI18n();
  useDocumentTitle(t('mr.review.title'));
  const { state: session } = useSession();
  const canRefer = session.status === 'signedIn' && session.me.abilities['monitoring.refer'] === true;
  const [tab, setTab] = useState<'waiting' | 'reviewed'>('waiting');
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [signerName, setSignerName] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: responseQueries.all });
  const queue = useQuery(responseQueries.queue({ state: tab, limit: LIMIT, offset }));
  const referrals = useQuery({ ...responseQueries.referrals(), enabled: canRefer });
  const refer = useMutation({
    mutationFn: () => responseApi.createReferral({ itemIds: selected, signer: signerName && signerTitle ? { name: signerName, title: signerTitle } : null }),
    onSuccess: () => { setSelected([]); void refresh(); },
  });
  const show = (text: string | null) => { setMessage(text); void refresh(); };
  return (
    <>
      <PageHeader title={t('mr.review.title')} description={t('mr.review.intro')} />
      <ResponseNav />
      <section className="panel" aria-labelledby="mr-queue">
        <h2 id="mr-queue" className="dt-visually-hidden">{t('mr.review.title')}</h2>
        <div className="mr-row" role="group" aria-label={t('mr.review.title')}>
          {(['waiting', 'reviewed'] as const).map((s) => (
            <Button key={s} variant={tab === s ? 'primary' : 'secondary'} size="small" aria-pressed={tab === s} onClick={() => { setTab(s); setOffset(0); }}>
              {t(s === 'waiting' ? 'mr.review.waiting' : 'mr.review.reviewed')}
            </Button>
          ))}
        </div>
        {message ? <Alert variant="success" role="status">{message}</Alert> : null}
        <AsyncView result={queue}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyText text={t('mr.review.empty')} />
            ) : (
              <>
                <ul className="mr-list">
                  {data.items.map((item) => (
                    <li key={item.id} className="mr-card">
                      <h3>
                        <HrefLink href={`/office/monitoring/items/${encodeURIComponent(item.id)}`}>{item.title}</HrefLink>
                      </h3>
                      <p className="mr-meta">
                        {t('mr.review.source', { name: item.sourceName })} · {formatDateTime(item.publishedAt ?? item.ingestedAt)} · <span className={item.sentiment === 'negative' ? 'badge mr-badge--negative' : 'badge'}>{item.sentimentLabel}</span>
                        {item.url ? (
                          <>
                            {' '}· <a href={item.url} rel="noopener noreferrer" target="_blank">{t('mr.review.open')}</a>
                          </>
                        ) : null}
                      </p>
                      {item.flagReason ? <p className="mr-meta">{t('mr.review.flagReason', { reason: item.flagReason })}</p> : null}
                      {item.crisisReason ? <p className="mr-meta">{t('mr.review.crisisFlag', { reason: item.crisisReason })}</p> : null}
                      {item.verdict ? (
                        <>
                          <p>
                            <strong>{item.verdictLabel}</strong>
                            {item.reviewedBy ? ` — ${item.reviewedBy}` : ''}
                            {item.note ? `: ${item.note}` : ''}
                          </p>
                          <EvidenceList itemId={item.id} />
                          {canRefer && REFERABLE.includes(item.verdict) ? (
                            <>
                              <label className="choice">
                                <input type="checkbox" checked={selected.includes(item.id)} onChange={(e) => setSelected(e.target.checked ? [...selected, item.id] : selected.filter((x) => x !== item.id))} /> {t('mr.review.select', { title: item.title })}
                              </label>
                              <TakedownForm item={item} onDone={(w) => show(w)} />
                            </>
                          ) : null}
                        </>
                      ) : (
                        <ReviewForm item={item} onDone={(sha) => show(sha ? t('mr.review.done', { sha }) : null)} />
                      )}
                      <CrisisForm item={item} />
                    </li>
                  ))}
                </ul>
                <Pager total={data.total} offset={offset} limit={LIMIT} onChange={setOffset} busy={queue.isFetching} />
              </>
            )
          }
        </AsyncView>
      </section>
      {canRefer ? (
        <section className="panel" aria-labelledby="mr-referral">
          <h2 id="mr-referral">{t('mr.referral.title')}</h2>
          <p>{t('mr.referral.intro')}</p>
          <p role="status">{t('mr.referral.selected', { count: selected.length })}</p>
          <FormError error={refer.error} />
          <div className="mr-row">
            <Field label={t('mr.referral.signerName')} value={signerName} onChange={(e) => setSignerName(e.target.value)} />
            <Field label={t('mr.referral.signerTitle')} value={signerTitle} onChange={(e) => setSignerTitle(e.target.value)} />
            <Button busy={refer.isPending} disabled={selected.length === 0} onClick={() => refer.mutate()}>
              {t('mr.referral.create')}
            </Button>
          </div>
          {refer.data ? (
            <Alert variant="success" role="status">
              <p>
                {t('mr.referral.made', { count: refer.data.files })} <span className="mr-hash">{refer.data.zipSha256}</span>
              </p>
              <p>
                <a href={downloads.package(refer.data.id)} download>{t('mr.referral.package')}</a> · <a href={downloads.letter(refer.data.id)} download>{t('mr.referral.letter')}</a>
              </p>
            </Alert>
          ) : null}
          <h3>{t('mr.referral.list')}</h3>
          <ul>
            {(referrals.data?.items ?? []).map((r) => (
              <li key={r.id}>
                {t('mr.referral.line', { at: formatDateTime(r.createdAt), count: r.items, name: r.createdBy ?? '—' })} — <a href={downloads.package(r.id)}>{t('mr.referral.package')}</a> · <a href={downloads.letter(r.id)}>{t('mr.referral.letter')}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {canRefer ? <TakedownTable /> : null}
    </>
  );
}
