export { AccountPage } from './account-page';
export { AuditPage } from './audit-page';
export { ForgotPasswordPage } from './password-recovery-pages';
export { ResetPasswordPage } from './password-recovery-pages';
export { PeoplePage } from './people-page';
export { SignInPage } from './sign-in-page';
export { UsersPage } from './users-page';
