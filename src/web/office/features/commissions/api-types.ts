import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the commissions API, named from the generated contract (never copied). */

/** An order in the list. */
export type CommissionSummary = Answer<'/api/v1/commissions'>['items'][number];
/** Filters of the list. */
export type CommissionQuery = QueryOf<'/api/v1/commissions'>;
/** One order with its lines, deliverables, acceptance records, payments, budget and timeline. */
export type CommissionDetail = Answer<'/api/v1/commissions/{id}'>;
/** What the order form sends (totals are computed by the server). */
export type CommissionBody = BodyOf<'/api/v1/commissions', 'post'>;
/** One product line of the form. */
export type LineBody = CommissionBody['lines'][number];
/** Agencies, units, policies, plans with tasks and labelled enums for the forms. */
export type CommissionOptions = Answer<'/api/v1/commissions/options'>;
export type DeliverableBody = BodyOf<'/api/v1/commissions/{id}/deliverables', 'post'>;
export type AcceptanceBody = BodyOf<'/api/v1/commissions/{id}/acceptances', 'post'>;
export type PaymentBody = BodyOf<'/api/v1/commissions/{id}/payments', 'post'>;
export type SignBody = BodyOf<'/api/v1/commissions/{id}/sign', 'post'>;
/** The budget of a plan's tasks for a year. */
export type BudgetView = Answer<'/api/v1/commissions/budget'>;
export type AllocationBody = BodyOf<'/api/v1/commissions/budget', 'put'>;
/** The approved lists of public services (DH-02): the one in force, the others, what the reader may do. */
export type ServiceListsView = Answer<'/api/v1/commissions/service-lists'>;
export type ServiceList = NonNullable<ServiceListsView['current']>;
export type ServiceListBody = BodyOf<'/api/v1/commissions/service-lists', 'post'>;
export type EndServiceListBody = BodyOf<'/api/v1/commissions/service-lists/{id}/end', 'post'>;
/** A service an order form offers, with the days its list is in force. */
export type ServiceChoice = CommissionOptions['services'][number];
