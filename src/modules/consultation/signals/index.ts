/** Coordinated-submission signals of consultation rounds (issue 13, item 3): the job, the office's routes, the check links. */
export { scanSignals, type ScanResult } from './scan';
export { signalJobs } from './job';
export { signalRoutes } from './routes';
export { reviewSignal } from './actions/review-signal';
export { answerAttributionCheck, attributionCheckOf, sendAttributionCheck, ATTRIBUTION_MAIL, type AttributionAnswer } from './actions/attribution-check';
export { SIGNAL_THRESHOLDS } from './thresholds';
