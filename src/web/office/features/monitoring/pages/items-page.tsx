import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateText, Field, PageHeader, SelectField } from '../../../../ui';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { DateInput } from '../../../app/components/date-input';
import { Pager } from '../../../app/components/pager';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { monitoringQueries } from '../api';
import { PLATFORMS, SENTIMENTS, type ItemQuery, type MonitoredItem, type Sentiment } from '../api-types';
import { Highlighted, MonitoringNav, SentimentBadge, usePlatformName } from '../components/monitoring-parts';
import '../monitoring.css';

const LIMIT = 25;

interface Filters {
  relevant: boolean;
  sentiment: '' | Sentiment;
  sourceId: string;
  platform: string;
  watchlistId: string;
  from: string;
  to: string;
  q: string;
}
const NONE: Filters = { relevant: true, sentiment: '', sourceId: '', platform: '', watchlistId: '', from: '', to: '', q: '' };

function queryOf(f: Filters, offset: number): ItemQuery {
  return {
    limit: LIMIT,
    offset,
    relevant: f.relevant ? true : undefined,
    sentiment: f.sentiment || undefined,
    sourceId: f.sourceId || undefined,
    platform: f.platform || undefined,
    watchlistId: f.watchlistId || undefined,
    from: f.from || undefined,
    to: f.to || undefined,
    q: f.q.trim() || undefined,
  };
}

export function ItemRow({ item }: { item: MonitoredItem }) {
  const { t } = useI18n();
  const platformName = usePlatformName();
  // a post has no title: its text is the link
  const heading = item.title.length ? item.title : item.excerpt;
  return (
    <li className="mon-item">
      <h3 className="mon-item__title">
        <Link to={paths.monitoringItem(item.id)}>
          <Highlighted segments={heading.length ? heading : [{ text: t('mon.items.open'), hit: false }]} />
        </Link>
      </h3>
      {item.title.length ? (
        <p className="mon-item__excerpt">
          <Highlighted segments={item.excerpt} />
        </p>
      ) : null}
      <p className="mon-item__meta">
        <SentimentBadge sentiment={item.sentiment} corrected={item.sentimentCorrected} />
        <span>
          {item.sourceName} · {platformName(item.platform)}
        </span>
        <span>
          {t('mon.items.published')} <DateText value={item.publishedAt ?? item.ingestedAt} withTime />
        </span>
        {item.storySize > 1 ? <span>{t('mon.items.story', { count: item.storySize })}</span> : null}
        {item.matched.length ? (
          <span>
            {t('mon.items.matched')}: {item.matched.join(', ')}
          </span>
        ) : null}
        {item.reach !== null ? <span>{t('mon.items.reach', { count: item.reach.toLocaleString('vi-VN') })}</span> : null}
        {item.engagement !== null ? <span>{t('mon.items.engagement', { count: item.engagement.toLocaleString('vi-VN') })}</span> : null}
      </p>
    </li>
  );
}

/** "Theo dõi dư luận — Tin, bài": items with their highlighted matches, sentiment, source, time and story size. */
export function MonitoringItemsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('mon.items.title'));
  const [draft, setDraft] = useState<Filters>(NONE);
  const [applied, setApplied] = useState<Filters>(NONE);
  const [offset, setOffset] = useState(0);
  const items = useQuery(monitoringQueries.items(queryOf(applied, offset)));
  const sources = useQuery(monitoringQueries.sources());
  const watchlists = useQuery(monitoringQueries.watchlists());
  const platformName = usePlatformName();
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setApplied(draft);
    setOffset(0);
  };
  const any = t('mon.items.any');

  return (
    <>
      <PageHeader title={t('nav.monitoring')} description={t('mon.items.intro')} />
      <MonitoringNav />
      <section className="panel" aria-labelledby="mon-filters-title">
        <h2 id="mon-filters-title">{t('mon.items.filters')}</h2>
        <form className="mon-filters" onSubmit={apply}>
          <label className="choice">
            <input type="checkbox" checked={draft.relevant} onChange={(e) => set('relevant', e.target.checked)} /> {t('mon.items.relevantOnly')}
          </label>
          <SelectField label={t('mon.items.sentiment')} value={draft.sentiment} placeholder={any} onChange={(e) => set('sentiment', e.target.value as Filters['sentiment'])} options={SENTIMENTS.map((s) => ({ value: s, label: t(`mon.sentiment.${s}`) }))} />
          <SelectField label={t('mon.items.source')} value={draft.sourceId} placeholder={any} onChange={(e) => set('sourceId', e.target.value)} options={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          <SelectField label={t('mon.items.platform')} value={draft.platform} placeholder={any} onChange={(e) => set('platform', e.target.value)} options={PLATFORMS.map((p) => ({ value: p, label: platformName(p) }))} />
          <SelectField label={t('mon.items.watchlist')} value={draft.watchlistId} placeholder={any} onChange={(e) => set('watchlistId', e.target.value)} options={(watchlists.data?.items ?? []).map((w) => ({ value: w.id, label: w.name }))} />
          <DateInput label={t('mon.items.from')} value={draft.from} onChange={(v) => set('from', v)} />
          <DateInput label={t('mon.items.to')} value={draft.to} onChange={(v) => set('to', v)} />
          <Field label={t('mon.items.search')} type="search" value={draft.q} maxLength={200} onChange={(e) => set('q', e.target.value)} />
          <div className="mon-filters__actions">
            <Button type="submit">{t('mon.items.apply')}</Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setDraft(NONE);
                setApplied(NONE);
                setOffset(0);
              }}
            >
              {t('mon.items.reset')}
            </Button>
          </div>
        </form>
      </section>
      <section className="panel" aria-labelledby="mon-items-title">
        <h2 id="mon-items-title">{t('mon.items.title')}</h2>
        <AsyncView result={items}>
          {(data) => (
            <>
              <p role="status">{t('mon.items.count', { count: data.total.toLocaleString('vi-VN') })}</p>
              {data.items.length === 0 ? (
                <EmptyText text={t('mon.items.empty')} />
              ) : (
                <ul className="mon-items">
                  {data.items.map((i) => (
                    <ItemRow key={i.id} item={i} />
                  ))}
                </ul>
              )}
              <Pager total={data.total} offset={offset} limit={LIMIT} onChange={setOffset} busy={items.isFetching} />
            </>
          )}
        </AsyncView>
      </section>
    </>
  );
}
