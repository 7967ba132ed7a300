import type { Static } from 'typebox';
import type { Executor } from '../../platform/db';
import { findVersion, type DraftDocument } from '../policies';
import { WITHHELD_LABELS } from './labels';
import { countsByStateAndReason, excludedCommentsOfRound, type CommentRow } from './repo';
import type { Exclusions, Unconfirmed } from './schemas';

/** How a comment reached the drafting unit, as far as confirming its commenter goes. */
export type GivenBy = 'email' | 'phone';
export const GIVEN_BY_LABELS: Record<GivenBy, string> = {
  email: 'Qua cổng, có email: đã gửi liên kết xác nhận, người góp ý chưa mở',
  phone: 'Qua cổng, chỉ có số điện thoại: cán bộ liên hệ lại rồi xác nhận thay',
};
const givenBy = (c: { hasEmail: boolean }): GivenBy => (c.hasEmail ? 'email' : 'phone');

/** Why a comment stays out of the synthesis report, by code, in Vietnamese. */
export function exclusionLabel(state: string, withheldReason: string | null): string {
  if (state === 'pending_verification') return 'Chưa xác nhận người góp ý';
  if (state === 'pending') return 'Chưa kiểm duyệt';
  return `Không công bố: ${withheldReason ? (WITHHELD_LABELS[withheldReason] ?? 'lý do khác') : 'không nêu lý do'}`;
}
const exclusionCode = (state: string, withheldReason: string | null) => (state === 'pending_verification' ? 'unconfirmed' : state === 'pending' ? 'pending' : `withheld:${withheldReason ?? 'other'}`);

const articleLabelOf = (structure: DraftDocument | null, anchor: string | null) => {
  if (!anchor) return 'Góp ý chung';
  const a = structure?.articles.find((x) => x.anchor === anchor);
  return a ? `${a.label}${a.title ? `. ${a.title}` : ''}` : anchor;
};

/** An unconfirmed comment as the officers of the drafting unit see it, with its contact (never public). */
export function presentUnconfirmed(c: CommentRow, structure: DraftDocument | null): Static<typeof Unconfirmed> {
  const how = givenBy({ hasEmail: c.email !== null });
  return {
    id: c.id,
    receiptCode: c.receiptCode,
    articleLabel: articleLabelOf(structure, c.articleAnchor),
    name: c.name,
    email: c.email,
    phone: c.phone,
    givenBy: how,
    givenByLabel: GIVEN_BY_LABELS[how],
    excerpt: c.body.length > 300 ? `${c.body.slice(0, 300)}…` : c.body,
    createdAt: new Date(c.createdAt).toISOString(),
    resends: c.verifyResends,
    lastResentAt: c.verifyResentAt ? new Date(c.verifyResentAt).toISOString() : null,
    canResend: c.email !== null,
  };
}

/**
 * What the synthesis report of a round leaves out and why (GET /api/v1/rounds/:id/exclusions): counts by reason
 * and one page of the comments concerned, without their text or contact. Only published comments are in it.
 */
export async function exclusionsOfRound(db: Executor, round: { id: string; versionId: string }, page: { limit: number; offset: number }): Promise<Static<typeof Exclusions>> {
  const [counts, list, version] = await Promise.all([countsByStateAndReason(db, round.id), excludedCommentsOfRound(db, round.id, page), findVersion(db, round.versionId)]);
  const structure = (version?.structure ?? null) as DraftDocument | null;
  const groups = new Map<string, { code: string; label: string; n: number }>();
  let total = 0;
  let counted = 0;
  for (const c of counts) {
    total += c.n;
    if (c.state === 'published') {
      counted += c.n;
      continue;
    }
    const code = exclusionCode(c.state, c.reason);
    const g = groups.get(code) ?? { code, label: exclusionLabel(c.state, c.reason), n: 0 };
    g.n += c.n;
    groups.set(code, g);
  }
  return {
    roundId: round.id,
    totalComments: total,
    counted,
    excluded: total - counted,
    groups: [...groups.values()].sort((a, b) => b.n - a.n || a.code.localeCompare(b.code)),
    items: list.items.map((c) => ({
      id: c.id,
      receiptCode: c.receiptCode,
      articleLabel: articleLabelOf(structure, c.articleAnchor),
      code: exclusionCode(c.state, c.withheldReason),
      label: exclusionLabel(c.state, c.withheldReason),
      givenByLabel: c.state === 'pending_verification' ? GIVEN_BY_LABELS[givenBy(c)] : null,
      createdAt: new Date(c.createdAt).toISOString(),
    })),
    itemsTotal: list.total,
  };
}
