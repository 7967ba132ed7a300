/** The monitoring response pages (one chunk, loaded when first visited). */
export { MonitoringAlertsPage } from './alerts-page';
export { MonitoringReviewPage } from './review-page';
export { MonitoringDashboardPage } from './dashboard-page';
