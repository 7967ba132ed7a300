import type { Answer, BodyOf } from '../../app/contract';

/** Shapes of the home page and notifications endpoints, named from the generated contract (never copied). */

/** Response of GET /api/v1/home. */
export type HomeView = Answer<'/api/v1/home'>;
/** How much of one kind of work waits, the first few items and the list to open. */
export type HomeCard = HomeView['cards'][number];
/** Kinds of work on the home page. */
export type HomeCardKey = HomeCard['key'];
/** One item of a home card: a draft, task or report, with where it belongs and a link. */
export type HomeItem = HomeCard['items'][number];

/** Response of GET /api/v1/notifications. */
export type NotificationPage = Answer<'/api/v1/notifications'>;
/** One notification of the signed-in person. */
export type AppNotification = NotificationPage['items'][number];

/** Response of GET/PUT /api/v1/notifications/settings. */
export type NotificationSettings = Answer<'/api/v1/notifications/settings'>;
/** What PUT /api/v1/notifications/settings takes. */
export type NotificationSettingsBody = BodyOf<'/api/v1/notifications/settings', 'put'>;
/** Kinds of notifications. */
export type NotificationKind = keyof NotificationSettings['channels'];
/** How a person is told of a kind. */
export type NotificationChannel = NotificationSettings['channels'][NotificationKind];

/** Kinds of notifications, in the order the settings list them. */
export const NOTIFICATION_KINDS = [
  'new_comments', 'answers_to_approve', 'report_submitted', 'report_reviewed', 'round_closing',
  'crisis_reminder', 'monitoring_alert', 'monitoring_source', 'press_inquiry_overdue', 'press_notice_late', 'press_conference_quarter', 'commission_overdue',
  'press_assigned',
] as const satisfies readonly NotificationKind[];
/** How a person may be told, in the order the settings offer them. */
export const NOTIFICATION_CHANNELS = ['office', 'immediate', 'digest', 'off'] as const satisfies readonly NotificationChannel[];
