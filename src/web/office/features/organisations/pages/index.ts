export { OrgImportPage } from './org-import-page';
export { OrgPage } from './org-page';
export { UnitPage } from './unit-page';
