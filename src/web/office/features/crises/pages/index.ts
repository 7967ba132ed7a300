export { CrisesPage } from './crises-page';
export { CrisisNewPage } from './crisis-new-page';
export { CrisisPage } from './crisis-page';
