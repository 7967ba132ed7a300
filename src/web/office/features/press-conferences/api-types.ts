import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the press agencies and conferences API, named from the generated contract (never copied). */

export type Agency = Answer<'/api/v1/press/agencies'>['items'][number];
export type AgencyBody = BodyOf<'/api/v1/press/agencies', 'post'>;
export type AgencyOptions = Answer<'/api/v1/press/agency-options'>;
export type ConferenceList = Answer<'/api/v1/press/conferences'>;
export type ConferenceQuery = QueryOf<'/api/v1/press/conferences'>;
export type ConferenceSummary = ConferenceList['items'][number];
export type ConferenceDetail = Answer<'/api/v1/press/conferences/{id}'>;
export type ConferenceBody = BodyOf<'/api/v1/press/conferences', 'post'>;
export type ConferenceOptions = Answer<'/api/v1/press/conference-options'>;
export type QuestionBody = BodyOf<'/api/v1/press/conferences/{id}/questions', 'post'>;
export type AttendanceBody = BodyOf<'/api/v1/press/conferences/{id}/attendance', 'post'>;
