/**
 * Press conferences (issue 15 item 2; DOMAIN.md PN-03, PN-04, I-07): scheduling against the quarterly duty,
 * invitations by email to the press agencies directory, materials, attendance, the questions-and-answers log with
 * follow-ups and their working-day deadlines, the minutes as DOCX, an iCalendar feed and a public list.
 * Reached through the press module's door.
 */
import './policy';
import './audit-labels';
import './figures';
import './file-access';
export { pressConferenceRoutes } from './routes';
export { pressConferenceJobs, checkConferenceQuarters } from './jobs';
export { conferencesForPortal, conferencesCalendar, conferenceCalendar, type PortalConference } from './portal';
export { scheduleConference, editConference, cancelConference, markConferenceHeld, issueMinutes, type ConferenceInput } from './actions/save-conference';
export { inviteAgencies, resendInvitation } from './actions/invite';
export { addQuestion, answerFollowUp, attachMaterial, recordAttendance, followUpDeadline, type QuestionInput, type AttendanceItem } from './actions/record-conference';
export { minutesDocument, renderMinutesDocx } from './minutes';
