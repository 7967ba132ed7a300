export { MonitoringItemsPage } from './items-page';
export { MonitoringItemPage } from './item-page';
export { MonitoringSourcesPage } from './sources-page';
export { MonitoringWatchlistsPage } from './watchlists-page';
export { MonitoringImportsPage } from './imports-page';
