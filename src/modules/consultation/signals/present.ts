import type { Static } from 'typebox';
import { addressLabel, excerptOf, maskEmail, maskPhone } from './detect';
import type { MemberRow, SignalListRow } from './repo-read';
import type { SignalItem, SignalMember } from './schemas';

const iso = (at: string) => new Date(at).toISOString();

/** A signal's comment with its sender masked: the raw email, phone or address never leaves the server. */
export function presentMember(m: MemberRow): Static<typeof SignalMember> {
  return {
    commentId: m.commentId,
    receiptCode: m.receiptCode,
    createdAt: m.createdAt,
    excerpt: excerptOf(m.body, 160),
    state: m.state,
    email: m.email ? maskEmail(m.email) : null,
    phone: m.phone ? maskPhone(m.phone) : null,
    address: addressLabel(m.clientKey),
    canCheck: m.email !== null && m.checkSentAt === null,
    check: m.checkSentAt ? { sentAt: m.checkSentAt, answer: m.answer === 'confirmed' || m.answer === 'denied' ? m.answer : null, answeredAt: m.answeredAt } : null,
  };
}

export function presentSignal(s: SignalListRow, members: MemberRow[], names: Map<string, string>): Static<typeof SignalItem> {
  return {
    id: s.id,
    kind: s.kind as Static<typeof SignalItem>['kind'],
    status: s.status as Static<typeof SignalItem>['status'],
    subjectLabel: s.subjectLabel,
    excerpt: s.excerpt,
    windowStart: iso(s.windowStart),
    windowEnd: iso(s.windowEnd),
    commentCount: s.commentCount,
    threshold: s.threshold,
    baseline: s.baseline,
    reviewedBy: s.reviewedBy ? (names.get(s.reviewedBy) ?? null) : null,
    reviewedAt: s.reviewedAt ? iso(s.reviewedAt) : null,
    note: s.note,
    checksSent: s.checksSent,
    disputed: s.disputed,
    members: members.map(presentMember),
  };
}
