export { HomePage } from './home-page';
export { NotificationsPage } from './notifications-page';
