export { CampaignsPage } from './campaigns-page';
export { CampaignNewPage } from './campaign-new-page';
export { CampaignPage } from './campaign-page';
