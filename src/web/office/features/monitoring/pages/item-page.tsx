import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, DateText, PageHeader, SelectField } from '../../../../ui';
import { ItemCrises } from '../../crises/components/item-crises';
import { TextareaField } from '../../../../ui/textarea-field';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useSession } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { responseApi } from '../../monitoring-response/api';
import { monitoringApi, monitoringQueries } from '../api';
import { SENTIMENTS, type ItemDetail, type Sentiment } from '../api-types';
import { Highlighted, MonitoringNav, SentimentBadge, usePlatformName } from '../components/monitoring-parts';
import '../monitoring.css';

function CorrectSentiment({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<Sentiment>(item.sentiment);
  const save = useMutation({
    mutationFn: (s: Sentiment) => monitoringApi.correct(item.id, s),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringQueries.all }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(value);
      }}
    >
      <SelectField label={t('mon.item.correct')} hint={t('mon.item.correctHint')} value={value} onChange={(e) => setValue(e.target.value as Sentiment)} options={SENTIMENTS.map((s) => ({ value: s, label: t(`mon.sentiment.${s}`) }))} />
      <Button type="submit" busy={save.isPending}>
        {t('mon.item.save')}
      </Button>
      <FormError error={save.error} />
      {save.isSuccess ? <p role="status">{t('mon.item.saved')}</p> : null}
    </form>
  );
}

/**
 * "Đưa vào hàng chờ xem xét": negative relevant items enter the review queue by themselves; any other item a
 * reviewer suspects (a false report worded neutrally, say) is put there with a reason.
 */
function FlagForReview({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const save = useMutation({ mutationFn: () => responseApi.flag(item.id, { kind: 'review', reason: reason.trim() }) });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <TextareaField label={t('mon.item.flagReason')} hint={t('mon.item.flagHint')} rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button type="submit" variant="secondary" busy={save.isPending}>
        {t('mon.item.flag')}
      </Button>
      <FormError error={save.error} />
      {save.isSuccess ? (
        <p role="status">
          {t('mon.item.flagged')} <Link to={paths.monitoringReview}>{t('mon.item.toQueue')}</Link>
        </p>
      ) : null}
    </form>
  );
}

/** One item: its full text with the matches highlighted, its sentiment and cues, its story, the sentiment correction. */
export function MonitoringItemPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { state } = useSession();
  const item = useQuery(monitoringQueries.item(id));
  const platformName = usePlatformName();
  useDocumentTitle(t('mon.item.title'));
  const canCorrect = state.status === 'signedIn' && state.me.abilities['monitoring.correct'] === true;
  const canReview = state.status === 'signedIn' && state.me.abilities['monitoring.review'] === true;

  return (
    <>
      <PageHeader title={t('mon.item.title')} />
      <MonitoringNav />
      <p>
        <Link to={paths.monitoring}>{t('mon.item.back')}</Link>
      </p>
      <AsyncView result={item}>
        {(d) => (
          <>
            <article className="panel" aria-labelledby="mon-item-title">
              <h2 id="mon-item-title">
                <Highlighted segments={d.title} />
              </h2>
              <p className="mon-item__meta">
                <span>
                  {d.sourceName} · {platformName(d.platform)}
                </span>
                <span>
                  {t('mon.items.published')} <DateText value={d.publishedAt ?? d.ingestedAt} withTime />
                </span>
                {d.author ? <span>{d.author}</span> : null}
                {d.url ? (
                  <a href={d.url} rel="noopener noreferrer nofollow" target="_blank">
                    {t('mon.items.original')}
                  </a>
                ) : null}
              </p>
              {d.matched.length ? (
                <p>
                  {t('mon.items.matched')}: {d.matched.join(', ')}
                </p>
              ) : null}
              <h3>{t('mon.item.text')}</h3>
              <div className="mon-text">
                <Highlighted segments={d.body} />
              </div>
            </article>
            <section className="panel" aria-labelledby="mon-item-sentiment">
              <h2 id="mon-item-sentiment">{t('mon.item.sentiment')}</h2>
              <p>
                <SentimentBadge sentiment={d.sentiment} corrected={d.sentimentCorrected} />
              </p>
              {d.sentimentCues.length ? (
                <>
                  <h3>{t('mon.item.cues')}</h3>
                  <ul>
                    {d.sentimentCues.map((c, i) => (
                      <li key={i}>
                        “{c.text}” ({c.weight > 0 ? t('mon.sentiment.positive') : c.weight < 0 ? t('mon.sentiment.negative') : t('mon.sentiment.neutral')})
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {canCorrect ? <CorrectSentiment key={d.sentiment} item={d} /> : null}
              {canReview ? <FlagForReview item={d} /> : null}
              {state.status === 'signedIn' && state.me.abilities['crises.manage'] === true ? <ItemCrises itemId={d.id} /> : null}
            </section>
            <section className="panel" aria-labelledby="mon-item-story">
              <h2 id="mon-item-story">{t('mon.item.story')}</h2>
              {d.story ? (
                <>
                  <p>{t('mon.item.storyCount', { count: d.story.itemCount, negative: d.story.negativeCount })}</p>
                  {d.story.suggestedMerge ? (
                    <Alert variant="info" title={t('mon.item.merge')}>
                      <p>{t('mon.item.mergeText', { title: d.story.suggestedMerge.title, count: d.story.suggestedMerge.itemCount })}</p>
                    </Alert>
                  ) : null}
                  {d.storyMembers.length ? (
                    <>
                      <h3>{t('mon.item.storyMembers')}</h3>
                      <ul>
                        {d.storyMembers.map((m) => (
                          <li key={m.id}>
                            <Link to={paths.monitoringItem(m.id)}>{m.title}</Link> — {m.sourceName}, <SentimentBadge sentiment={m.sentiment} />
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </>
              ) : (
                <p>{t('mon.item.noStory')}</p>
              )}
            </section>
          </>
        )}
      </AsyncView>
    </>
  );
}
