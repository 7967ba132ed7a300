import { Type } from 'typebox';
import { Nullable } from '../schemas';
import { SIGNAL_KINDS, SIGNAL_STATUSES } from './thresholds';

const Literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

/**
 * A comment of a signal as the office shows it: its receipt code, arrival and text, and its sender only masked
 * (n***@gmail.com, 09*****678, an address as a short hash label). The comment id is for the check action only.
 */
export const SignalMember = Type.Object({
  commentId: Type.String(),
  receiptCode: Type.String(),
  createdAt: Type.String(),
  excerpt: Type.String(),
  state: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  address: Type.String(),
  /** A "was this you?" mail can be sent: the comment states an email and none was sent for it yet. */
  canCheck: Type.Boolean(),
  check: Nullable(Type.Object({ sentAt: Type.String(), answer: Nullable(Type.Union([Type.Literal('confirmed'), Type.Literal('denied')])), answeredAt: Nullable(Type.String()) })),
});

export const SignalItem = Type.Object({
  id: Type.String(),
  kind: Literals(SIGNAL_KINDS),
  status: Literals(SIGNAL_STATUSES),
  /** What the comments share, masked: an address label, a masked email or phone; for a burst, 'campaign' or 'text'. */
  subjectLabel: Type.String(),
  excerpt: Nullable(Type.String()),
  windowStart: Type.String(),
  windowEnd: Type.String(),
  commentCount: Type.Integer(),
  threshold: Type.Integer(),
  baseline: Nullable(Type.Number()),
  reviewedBy: Nullable(Type.String()),
  reviewedAt: Nullable(Type.String()),
  note: Nullable(Type.String()),
  checksSent: Type.Integer(),
  /** Comments whose stated email answered "Không phải tôi". */
  disputed: Type.Integer(),
  /** The first comments, oldest first (the rest: GET /api/v1/rounds/{id}/signals/{signalId}/members). */
  members: Type.Array(SignalMember),
});

export const SignalList = Type.Object({ items: Type.Array(SignalItem), total: Type.Integer() });
export const SignalMembers = Type.Object({ items: Type.Array(SignalMember), total: Type.Integer() });
export const SignalReview = Type.Object({ status: Literals(['cleared', 'suspicious']), note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) }, { additionalProperties: false });
