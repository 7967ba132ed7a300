/** Public consultation: rounds, comments and their moderation, answers, the synthesis report, the portal's data. */
import './stage-guard';
import './figures';
import './file-access';

export { consultationRoutes } from './routes';
export { submitComment, settleIntake, COMMENTER_TYPES, STANCES, type CommentInput } from './actions/submit-comment';
export { verifyCommentEmail } from './actions/verify-email';
export { confirmCommentByOfficer } from './actions/confirm-comment';
export { resendVerificationByCommenter, resendVerificationByOfficer, MAX_RESENDS } from './actions/resend-verification';
export { confirmationRoutes } from './confirmation-routes';
export { flagComment, moderateComments } from './actions/moderate';
export { answerComment, approveAnswer } from './actions/answer';
export { campaignJobs, assignCampaigns, answerCampaign, approveCampaign } from './campaigns';
export { signalJobs, scanSignals, answerAttributionCheck, attributionCheckOf, type AttributionAnswer } from './signals';
export { openRound, roundDays } from './actions/open-round';
export { publishSynthesis, synthesisBlocker } from './actions/publish-synthesis';
export { recordConsulteeAnswer } from './actions/consultee-answer';
export { listPublicConsultations, portalHighlights, publicDraftPage, currentRoundOfSlug, followComment, openDataComments, type PublicConsultation, type PublicDraftPage, type PublicRound, type FollowView } from './portal';
export { writeCsv } from './exports';
export { loadDemoConsultation } from './demo/load-demo';
export { COMMENTER_TYPE_LABELS, STANCE_LABELS, DISPOSITION_LABELS, WITHHELD_LABELS, STATE_LABELS } from './labels';
export { findRound, findStoredFile } from './repo';
export type { PublicComment } from './present';
export * as consultationTables from './tables';
// reads for the notifications module (home page, event scan)
export { countsByState, answerProgressOfRound } from './repo';
export { roundsOfComments, roundsClosingBetween, roundsOfDrafts } from './repo-home';
