export { PoliciesPage } from './policies-page';
export { PolicyPage } from './policy-page';
