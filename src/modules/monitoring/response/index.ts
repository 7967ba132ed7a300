/**
 * The monitoring module's response side (issue 14 items 6-8): alert rules and the alert job, the review queue with
 * evidence, takedown requests, referral packages for the police liaison, digests, the dashboard, the annual report's
 * monitoring figures (I-10) and the retraining of the sentiment model. Reached through the module's index.ts.
 */
import './policy';
import './audit-labels';
import './figures';
export { monitoringResponseRoutes } from './routes';
export { monitoringResponseJobs } from './jobs';
export { scanAlerts, type AlertScanResult } from './scan-alerts';
export { sendDueWebhooks, signWebhook } from './webhook';
export { retrainSentiment } from './actions/retrain-sentiment';
export { sendMonitoringDigest, digestContent } from './digest';
export { dashboardOf } from './dashboard';
