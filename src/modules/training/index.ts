/** Training (plan item II.6, I-13): courses, sessions, invitations, check-in attendance, feedback, completion. The only door of the module. */
import './figures';
export { trainingPolicy } from './policy';
export { trainingRoutes, checkinLink } from './routes';
export { createCourse, editCourse, type CourseInput } from './actions/save-course';
export { createSession, setSessionStatus, type SessionInput } from './actions/save-session';
export { inviteToSession, personalLink, type InviteInput } from './actions/invite';
export { answerInvitation, checkInByLink, checkInWalkIn, markAttendance, type WalkInInput } from './actions/attend';
export { sendFeedback, type FeedbackInput } from './actions/send-feedback';
export { listCompletions, completionsOf, sessionsThatCount, type Completion } from './completion';
export { invitationForPortal, walkInForPortal, FEEDBACK_FORM, PARTICIPANT_TYPE_CHOICES, type PortalInvitation, type PortalSession } from './portal';
export { SKILL_LABELS, PARTICIPANT_TYPE_LABELS, FEEDBACK_QUESTIONS, type Skill, type ParticipantType } from './labels';
export * as trainingTables from './tables';
