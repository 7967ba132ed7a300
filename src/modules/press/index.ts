/** Press relations: the spokespeople registry and press / information inquiries with legal deadlines. The only door of the module. */
import './figures';
import './file-access';
export { pressPolicy } from './policy';
export { pressRoutes } from './routes';
export { pressJobs, alertOverdueInquiries, alertLateNotices } from './jobs';
export { spokespeopleForPortal, type PortalSpokesperson, type PortalUnitSpokespeople } from './portal';
export { createSpokesperson, editSpokesperson, endSpokesperson, type SpokespersonInput } from './actions/save-spokesperson';
export { receiveInquiry, type InquiryInput } from './actions/receive-inquiry';
export { assignInquiry } from './actions/assign-inquiry';
export { extendInquiry } from './actions/extend-inquiry';
export { recordNotice } from './actions/record-notice';
export { answerInquiry, refuseInquiry } from './actions/close-inquiry';
export { attachAnswerFile } from './actions/attach-answer-file';
export { computeDeadline, basisText, isOverdue } from './deadline';
export { SPOKESPERSON_KIND_LABELS, INQUIRY_KIND_LABELS, REFUSAL_GROUND_INFO, type SpokespersonKind } from './labels';
export * as pressTables from './tables';
export { listPressAgencies, getPressAgency, type PressAgency, pressAgencyRoutes, loadDemoPressAgencies, AGENCY_KIND_LABELS, type AgencyKind } from './agencies';
export { pressConferenceRoutes, pressConferenceJobs, checkConferenceQuarters, conferencesForPortal, conferencesCalendar, conferenceCalendar, type PortalConference } from './conferences';
