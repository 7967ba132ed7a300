export { MailPage } from './mail-page';
