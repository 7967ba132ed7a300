/**
 * Public-opinion monitoring (issue 14): sources polled or imported, the ingestion pipeline (relevance, sentiment,
 * duplicates), stories, watchlists; the response side (alerts, review, referral, takedowns, digests) lives in
 * ./response and has its own door below. The only door of the module.
 */
export { monitoringPolicy } from './policy';
export { monitoringRoutes } from './routes';
export { monitoringJobs } from './jobs';
export { ingestItems, prepareItem, contentHashOf, type IncomingItem, type IngestCounts } from './pipeline';
export { activeSentimentModel, type ActiveModel } from './sentiment-model';
export { pollDueSources, pollSource, probeUrl, monitoringFetcher, allowPrivateHosts, MAX_ERROR_STREAK } from './fetch';
export { assignStories, STORY_WINDOW_MS } from './stories';
export { checkSourceHealth } from './health';
export { runWaitingImports, runImport } from './imports/run';
export { createSource, setSourceEnabled, updateSource, probeSource } from './actions/sources';
export { createWatchlist, updateWatchlist, deleteWatchlist, checkQuery } from './actions/watchlists';
export { uploadImport, startImport } from './actions/imports';
export { correctSentiment } from './actions/correct-sentiment';
export { loadDemoWatchlists } from './demo/seed-watchlists';
export { itemsAfterSeq, itemsByUrlKeys, itemsOfUnitSources, latestSeq, monitoringFigures, type LinkedItem, type NewItem } from './door';
export { findItem, findStory, storyMembers, topStories, listItems, findSource, type ItemFilter, type ItemListRow, type StoryRow } from './repo-read';
export { relevanceOf, watchlistsOf, type CompiledList } from './watch';
export { SENTIMENT_LABELS, SOURCE_KIND_LABELS, PLATFORM_LABELS, WATCHLIST_KIND_LABELS } from './labels';
export * as monitoringTables from './tables';
export { monitoringResponseRoutes, monitoringResponseJobs, scanAlerts, retrainSentiment, sendMonitoringDigest } from './response';
