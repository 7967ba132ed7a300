/** Notifications for officers (office, mail at once, daily digest) and the role-aware home page. The only door of the module. */
export { notificationsPolicy } from './policy';
export { notificationRoutes } from './routes';
export { notificationJobs } from './jobs';
export { scanEvents, announceClosingRounds } from './scan';
export { sendDigests } from './digest';
export { deliver, type Pending } from './deliver';
export { recipientsOfUnit, holdersOf } from './recipients';
export { card as homeCard, computeHome, registerHomeCards, type HomeView, type HomeCard, type HomeCardKey, type HomeCardSource, type HomeItem } from './home';
export { KINDS, CHANNELS, KIND_LABELS, CHANNEL_LABELS, type Kind, type Channel } from './kinds';
export * as notificationTables from './tables';
