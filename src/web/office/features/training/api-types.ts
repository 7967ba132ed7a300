import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the training API, named from the generated contract (never copied). */

/** A course in the list. */
export type Course = Answer<'/api/v1/training/courses'>['items'][number];
/** One course with its sessions. */
export type CourseDetail = Answer<'/api/v1/training/courses/{id}'>;
/** What the course form sends. */
export type CourseBody = BodyOf<'/api/v1/training/courses', 'post'>;
/** What the session form sends. */
export type SessionBody = BodyOf<'/api/v1/training/courses/{id}/sessions', 'post'>;
/** A session in a course's list. */
export type SessionSummary = CourseDetail['sessions'][number];
/** One session with its participants, check-in link and feedback. */
export type SessionDetail = Answer<'/api/v1/training/sessions/{id}'>;
/** A participant of a session. */
export type Participant = SessionDetail['participants'][number];
/** What the invitation form sends. */
export type InviteBody = BodyOf<'/api/v1/training/sessions/{id}/invitations', 'post'>;
/** Skills, participant types, units for the forms. */
export type TrainingOptions = Answer<'/api/v1/training/options'>;
/** Filters of the completion list. */
export type CompletionQuery = QueryOf<'/api/v1/training/completions'>;
/** One completion. */
export type Completion = Answer<'/api/v1/training/completions'>['items'][number];
/** A person of the directory for the invitation picker. */
export type InviteePerson = Answer<'/api/v1/training/people'>['items'][number];
