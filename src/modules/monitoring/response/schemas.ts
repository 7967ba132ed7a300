import { Type } from 'typebox';
import { ALERT_KINDS, TAKEDOWN_CHANNELS, TAKEDOWN_OUTCOMES, VERDICTS } from './kinds';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Literals = <V extends string[]>(values: readonly [...V]) => Type.Enum(values);

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const Page = (max: number, byDefault: number) => Type.Object({ limit: Type.Integer({ minimum: 1, maximum: max, default: byDefault }), offset: Type.Integer({ minimum: 0, default: 0 }) });

const RuleParams = Type.Object(
  {
    windowMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 1440 })),
    baselineDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })),
    k: Type.Optional(Type.Number({ minimum: 0.5, maximum: 5 })),
    minCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  },
  { additionalProperties: false },
);

export const AlertRuleBody = Type.Object(
  {
    name: Type.String({ maxLength: 200 }),
    kind: Literals(ALERT_KINDS),
    query: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    sourceId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    params: Type.Optional(RuleParams),
    cooldownMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 10080 })),
    userIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
    emails: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })),
    webhookUrl: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** A rule as the office shows it: recipients by name, the webhook's address but never its secret. */
export const AlertRuleView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Literals(ALERT_KINDS),
  kindLabel: Type.String(),
  query: Nullable(Type.String()),
  sourceId: Nullable(Type.String()),
  sourceName: Nullable(Type.String()),
  params: RuleParams,
  cooldownMinutes: Type.Integer(),
  users: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  emails: Type.Array(Type.String()),
  webhookUrl: Nullable(Type.String()),
  enabled: Type.Boolean(),
  lastFiredAt: Nullable(Type.String()),
});
export const AlertRuleList = Type.Object({ items: Type.Array(AlertRuleView) });
export const AlertRuleSaved = Type.Object({ id: Type.String(), webhookSecret: Nullable(Type.String()) });

export const AlertView = Type.Object({
  id: Type.String(),
  ruleName: Type.String(),
  kind: Literals(ALERT_KINDS),
  kindLabel: Type.String(),
  firedAt: Type.String(),
  windowStart: Type.String(),
  windowEnd: Type.String(),
  itemCount: Type.Integer(),
  /** Sentences that explain the alert (counts, baseline, top terms and sources). */
  explanation: Type.Array(Type.String()),
  baselineMean: Nullable(Type.Number()),
  threshold: Nullable(Type.Number()),
  topTerms: Type.Array(Type.Object({ term: Type.String(), n: Type.Integer() })),
  topSources: Type.Array(Type.Object({ name: Type.String(), n: Type.Integer() })),
  items: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), sentiment: Type.String(), sourceName: Type.String() })),
  /** Seconds from the newest triggering item's ingestion to the alert. */
  latencySeconds: Type.Number(),
  deliveries: Type.Array(Type.Object({ channel: Type.String(), channelLabel: Type.String(), target: Type.String(), status: Type.String(), statusLabel: Type.String(), attempts: Type.Integer(), lastError: Nullable(Type.String()), nextAttemptAt: Nullable(Type.String()) })),
  acknowledgedBy: Nullable(Type.String()),
  acknowledgedAt: Nullable(Type.String()),
});
export const AlertList = Type.Object({ items: Type.Array(AlertView), total: Type.Integer() });

export const ReviewBody = Type.Object({ verdict: Literals(VERDICTS), note: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))), capture: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
const EvidenceView = Type.Object({ id: Type.String(), url: Nullable(Type.String()), method: Type.String(), methodLabel: Type.String(), httpStatus: Nullable(Type.Integer()), fetchError: Nullable(Type.String()), sha256: Type.String(), size: Type.Integer(), capturedAt: Type.String(), capturedBy: Nullable(Type.String()) });
export const ReviewResult = Type.Object({ reviewId: Type.String(), evidence: Nullable(Type.Object({ id: Type.String(), sha256: Type.String(), method: Type.String(), fetchError: Nullable(Type.String()), capturedAt: Type.String() })) });
export const EvidenceCaptured = Type.Object({ id: Type.String(), sha256: Type.String(), method: Type.String(), fetchError: Nullable(Type.String()), capturedAt: Type.String() });
export const FlagBody = Type.Object({ kind: Literals(['review', 'crisis']), reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false });

export const QueueItem = Type.Object({
  id: Type.String(),
  title: Type.String(),
  url: Nullable(Type.String()),
  sourceName: Type.String(),
  platform: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  ingestedAt: Type.String(),
  sentiment: Type.String(),
  sentimentLabel: Type.String(),
  storySize: Nullable(Type.Integer()),
  verdict: Nullable(Literals(VERDICTS)),
  verdictLabel: Nullable(Type.String()),
  note: Nullable(Type.String()),
  reviewedBy: Nullable(Type.String()),
  reviewedAt: Nullable(Type.String()),
  flagReason: Nullable(Type.String()),
  crisisReason: Nullable(Type.String()),
  evidence: Type.Integer(),
  takedowns: Type.Integer(),
});
export const QueueList = Type.Object({ items: Type.Array(QueueItem), total: Type.Integer() });
export const QueueQuery = Type.Intersect([Page(100, 20), Type.Object({ state: Type.Optional(Literals(['waiting', 'reviewed'])), verdict: Type.Optional(Literals(VERDICTS)) })]);

const TakedownView = Type.Object({
  id: Type.String(),
  itemId: Type.String(),
  itemTitle: Type.String(),
  requestedAt: Type.String(),
  channel: Type.String(),
  channelLabel: Type.String(),
  platform: Type.String(),
  recipient: Nullable(Type.String()),
  legalBasis: Type.String(),
  deadlineAt: Type.String(),
  deadlineHours: Type.Number(),
  outcome: Literals(TAKEDOWN_OUTCOMES),
  outcomeLabel: Type.String(),
  outcomeAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
  withinDeadline: Nullable(Type.Boolean()),
  note: Nullable(Type.String()),
});
export const TakedownList = Type.Object({ items: Type.Array(TakedownView), total: Type.Integer(), removedWithinDeadlinePct: Nullable(Type.Number()) });
export const TakedownBody = Type.Object(
  {
    requestedAt: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    channel: Literals(TAKEDOWN_CHANNELS),
    platform: Type.String({ maxLength: 200 }),
    recipient: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    legalBasis: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export const TakedownCreated = Type.Object({ id: Type.String(), deadlineAt: Type.String(), deadlineHours: Type.Number(), warning: Nullable(Type.String()) });
export const OutcomeBody = Type.Object({ outcome: Literals(['removed', 'refused', 'no_answer']), at: Type.Optional(Nullable(Type.String({ maxLength: 40 }))), note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) }, { additionalProperties: false });
export const OutcomeResult = Type.Object({ outcome: Type.String(), withinDeadline: Nullable(Type.Boolean()) });

export const ItemResponse = Type.Object({
  reviews: Type.Array(Type.Object({ verdict: Literals(VERDICTS), verdictLabel: Type.String(), note: Nullable(Type.String()), reviewedBy: Nullable(Type.String()), reviewedAt: Type.String() })),
  evidence: Type.Array(EvidenceView),
  takedowns: Type.Array(TakedownView),
  flags: Type.Array(Type.Object({ kind: Type.String(), reason: Type.String(), flaggedBy: Nullable(Type.String()), flaggedAt: Type.String() })),
});

export const ReferralBody = Type.Object(
  {
    itemIds: Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 200 }),
    unitId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    recipient: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    signer: Type.Optional(Nullable(Type.Object({ name: Type.String({ maxLength: 120 }), title: Type.String({ maxLength: 120 }), authority: Type.Optional(Nullable(Type.String({ maxLength: 120 }))) }))),
  },
  { additionalProperties: false },
);
export const ReferralCreated = Type.Object({ id: Type.String(), zipSha256: Type.String(), files: Type.Integer() });
export const ReferralList = Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), items: Type.Integer(), zipSha256: Type.String(), createdBy: Nullable(Type.String()), createdAt: Type.String() })) });

const Count = Type.Object({ name: Type.String(), items: Type.Integer(), negative: Type.Integer() });
export const Dashboard = Type.Object({
  from: Type.String(),
  to: Type.String(),
  days: Type.Array(Type.Object({ day: Type.String(), positive: Type.Integer(), neutral: Type.Integer(), negative: Type.Integer() })),
  totals: Type.Object({ collected: Type.Integer(), relevant: Type.Integer(), negative: Type.Integer() }),
  stories: Type.Array(Type.Object({ title: Type.String(), items: Type.Integer(), negative: Type.Integer() })),
  sources: Type.Array(Count),
  terms: Type.Array(Count),
  verdicts: Type.Array(Type.Object({ label: Type.String(), n: Type.Integer() })),
  takedowns: Type.Object({ requested: Type.Integer(), removed: Type.Integer(), removedInTime: Type.Integer(), overdue: Type.Integer() }),
  alerts: Type.Integer(),
});
export const DashboardQuery = Type.Object({ days: Type.Integer({ minimum: 1, maximum: 366, default: 30 }) });

export const DigestList = Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), frequency: Literals(['daily', 'weekly']), periodStart: Type.String(), periodEnd: Type.String(), mails: Type.Integer() })), subscribed: Type.Object({ daily: Type.Boolean(), weekly: Type.Boolean() }) });
export const DigestSubscriptions = Type.Object({ daily: Type.Boolean(), weekly: Type.Boolean() }, { additionalProperties: false });

export const RecipientList = Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) });
export const RetrainResult = Type.Object({ version: Nullable(Type.Integer()), corrections: Type.Integer(), heldOut: Type.Integer(), before: Nullable(Type.Object({ accuracy: Type.Number(), macroF1: Type.Number() })), after: Nullable(Type.Object({ accuracy: Type.Number(), macroF1: Type.Number() })), skipped: Nullable(Type.String()) });
