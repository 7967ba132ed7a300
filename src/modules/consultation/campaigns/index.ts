/** Near-duplicate campaigns of a consultation round: the assignment job, the office's routes, the report's counts. */
export { assignCampaigns, type AssignResult } from './assign';
export { campaignJobs } from './job';
export { campaignRoutes } from './routes';
export { answerCampaign, approveCampaign } from './actions/answer-campaign';
export { argumentCounts, campaignGroups, collapseReportRows, publishedReportRows, withCampaigns, type CampaignLabel } from './report';
