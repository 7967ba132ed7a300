export { AgenciesPage } from './agencies-page';
export { AgencyPage } from './agency-page';
export { ConferencesPage } from './conferences-page';
export { ConferenceNewPage } from './conference-new-page';
export { ConferencePage } from './conference-page';
