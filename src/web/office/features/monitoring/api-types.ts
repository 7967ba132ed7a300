import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the monitoring core's API (sources, items, watchlists, imports), from the generated contract. */
export type MonitoringSource = Answer<'/api/v1/monitoring/sources'>['items'][number];
export type SourceBody = BodyOf<'/api/v1/monitoring/sources', 'post'>;
export type Probe = Answer<'/api/v1/monitoring/sources/probe', 'post'>;
export type ItemQuery = QueryOf<'/api/v1/monitoring/items'>;
export type ItemPage = Answer<'/api/v1/monitoring/items'>;
export type MonitoredItem = ItemPage['items'][number];
export type ItemDetail = Answer<'/api/v1/monitoring/items/{id}'>;
export type Sentiment = MonitoredItem['sentiment'];
export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const satisfies readonly Sentiment[];
export type Segment = MonitoredItem['title'][number];
export type Watchlist = Answer<'/api/v1/monitoring/watchlists'>['items'][number];
export type WatchlistBody = BodyOf<'/api/v1/monitoring/watchlists', 'post'>;
export type WatchlistKind = WatchlistBody['kind'];
export const WATCHLIST_KINDS = ['place', 'leader', 'agency', 'policy', 'query'] as const satisfies readonly WatchlistKind[];
export type QueryCheck = Answer<'/api/v1/monitoring/queries/check', 'post'>;
export type MonitoringImport = Answer<'/api/v1/monitoring/imports'>['items'][number];
export type Upload = Answer<'/api/v1/monitoring/imports', 'post'>;
export type Mapping = BodyOf<'/api/v1/monitoring/imports/{id}/start', 'post'>['mapping'];
export type ImportField = keyof Mapping;
export const IMPORT_FIELDS = ['text', 'title', 'url', 'author', 'platform', 'publishedAt', 'reach', 'engagement', 'id'] as const satisfies readonly ImportField[];
export const PLATFORMS = ['news', 'facebook', 'youtube', 'tiktok', 'zalo', 'forum'] as const;
