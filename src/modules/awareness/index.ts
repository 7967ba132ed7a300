/** Awareness campaigns (plan item II.1) for officials, citizens and businesses, with activities and reach. The only door of the module. */
import './figures';
export { awarenessPolicy } from './policy';
export { awarenessRoutes } from './routes';
export { createCampaign, editCampaign, type CampaignInput } from './actions/save-campaign';
export { addActivity, editActivity, type ActivityInput } from './actions/save-activity';
export { AUDIENCE_LABELS, ACTIVITY_KIND_LABELS } from './labels';
export * as awarenessTables from './tables';
