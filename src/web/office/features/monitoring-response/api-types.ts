import type { Answer, BodyOf } from '../../app/contract';

/** Shapes of the monitoring response endpoints, named from the generated contract (never copied). */
export type AlertRuleList = Answer<'/api/v1/monitoring/alert-rules'>;
export type AlertRule = AlertRuleList['items'][number];
export type AlertRuleBody = BodyOf<'/api/v1/monitoring/alert-rules', 'post'>;
export type AlertKind = AlertRuleBody['kind'];
export type AlertPage = Answer<'/api/v1/monitoring/alerts'>;
export type MonitoringAlert = AlertPage['items'][number];
export type QueuePage = Answer<'/api/v1/monitoring/review-queue'>;
export type QueueItem = QueuePage['items'][number];
export type ReviewBody = BodyOf<'/api/v1/monitoring/items/{id}/review', 'post'>;
export type Verdict = ReviewBody['verdict'];
export type ItemResponse = Answer<'/api/v1/monitoring/items/{id}/response'>;
export type TakedownPage = Answer<'/api/v1/monitoring/takedowns'>;
export type Takedown = TakedownPage['items'][number];
export type TakedownBody = BodyOf<'/api/v1/monitoring/items/{id}/takedowns', 'post'>;
export type OutcomeBody = BodyOf<'/api/v1/monitoring/takedowns/{id}/outcome', 'post'>;
export type ReferralBody = BodyOf<'/api/v1/monitoring/referrals', 'post'>;
export type ReferralList = Answer<'/api/v1/monitoring/referrals'>;
export type DashboardView = Answer<'/api/v1/monitoring/dashboard'>;
export type DigestList = Answer<'/api/v1/monitoring/digests'>;

export const ALERT_KINDS = ['negative_spike', 'volume', 'keyword', 'source'] as const satisfies readonly AlertKind[];
export const VERDICTS = ['false', 'misleading', 'hostile', 'accurate', 'not_relevant'] as const satisfies readonly Verdict[];
