/** Response shapes of the home page and notifications endpoints (see src/modules/notifications/schemas.ts). */

/** Kinds of work on the home page. */
export type HomeCardKey = 'moderate' | 'answer' | 'approve' | 'review' | 'overdue' | 'dueSoon' | 'reportDuty' | 'closingRounds';

/** One item of a home card: a draft, task or report, with where it belongs and a link. */
export interface HomeItem {
  title: string;
  context: string | null;
  count: number | null;
  dueOn: string | null;
  link: string;
}

/** How much of one kind of work waits, the first few items and the list to open. */
export interface HomeCard {
  key: HomeCardKey;
  count: number;
  link: string;
  items: HomeItem[];
}

/** Response of GET /api/v1/home. */
export interface HomeView {
  today: string;
  periodLabel: string | null;
  cards: HomeCard[];
  showChecklist: boolean;
}

/** Kinds of notifications. */
export const NOTIFICATION_KINDS = ['new_comments', 'answers_to_approve', 'report_submitted', 'report_reviewed', 'round_closing'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** How a person is told of a kind. */
export const NOTIFICATION_CHANNELS = ['office', 'immediate', 'digest', 'off'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** One notification of the signed-in person. */
export interface AppNotification {
  id: string;
  kind: string;
  params: Record<string, string | number | null>;
  count: number;
  link: string;
  createdAt: string;
  updatedAt: string;
  isRead: boolean;
}

/** Response of GET /api/v1/notifications. */
export interface NotificationPage {
  items: AppNotification[];
  total: number;
  unread: number;
}

/** Response of GET/PUT /api/v1/notifications/settings. */
export interface NotificationSettings {
  channels: Record<NotificationKind, NotificationChannel>;
  roundClosingDays: number;
  maxRoundClosingDays: number;
  hasEmail: boolean;
}
