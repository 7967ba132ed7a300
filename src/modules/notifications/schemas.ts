import { Type } from 'typebox';
import { MAX_ROUND_CLOSING_DAYS } from './kinds';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

export const ListQuery = Type.Object({
  unread: Type.Optional(Type.Boolean()),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 100000, default: 0 }),
});

export const Notification = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  /** Names shown in the sentence (draft, plan, task, unit titles; dates as ISO for the interface to format). */
  params: Type.Record(Type.String(), Nullable(Type.Union([Type.String(), Type.Number()]))),
  count: Type.Integer(),
  link: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  isRead: Type.Boolean(),
});

export const NotificationList = Type.Object({ items: Type.Array(Notification), total: Type.Integer(), unread: Type.Integer() });
export const UnreadCount = Type.Object({ unread: Type.Integer() });
export const MarkAllResult = Type.Object({ marked: Type.Integer(), unread: Type.Integer() });

const Channel = Type.Union([Type.Literal('office'), Type.Literal('immediate'), Type.Literal('digest'), Type.Literal('off')]);
export const Settings = Type.Object({
  channels: Type.Object({
    new_comments: Channel, answers_to_approve: Channel, report_submitted: Channel, report_reviewed: Channel, round_closing: Channel,
    crisis_reminder: Channel, monitoring_alert: Channel, monitoring_source: Channel, press_inquiry_overdue: Channel, press_notice_late: Channel, press_conference_quarter: Channel, commission_overdue: Channel,
    press_assigned: Channel,
  }),
  roundClosingDays: Type.Integer(),
  maxRoundClosingDays: Type.Integer(),
  /** False when neither the account nor its person record has a mail address: mail choices then send nothing. */
  hasEmail: Type.Boolean(),
});
export const SettingsBody = Type.Object(
  {
    channels: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 20 }), { default: {} }),
    roundClosingDays: Type.Integer({ minimum: 1, maximum: MAX_ROUND_CLOSING_DAYS }),
  },
  { additionalProperties: false },
);

const HomeItem = Type.Object({ title: Type.String(), context: Nullable(Type.String()), count: Nullable(Type.Integer()), dueOn: Nullable(Type.String()), link: Type.String() });
export const Home = Type.Object({
  today: Type.String(),
  periodLabel: Nullable(Type.String()),
  cards: Type.Array(Type.Object({ key: Type.String(), count: Type.Integer(), link: Type.String(), items: Type.Array(HomeItem) })),
  showChecklist: Type.Boolean(),
});
