import type { Static } from 'typebox';
import type { WorkCalendar } from '../../platform/calendar';
import type { Directory } from '../organisations';
import { basisText, isOverdue } from './deadline';
import { CHANNEL_LABELS, COMPLEXITY_LABELS, INQUIRY_KIND_LABELS, refusalGroundText, SPOKESPERSON_KIND_LABELS, STATUS_LABELS, type Channel, type Complexity, type InquiryKind, type RefusalGround, type SpokespersonKind } from './labels';
import type { InquiryRow, SpokespersonRow } from './repo';
import type { InquiryDetail, InquirySummary, Spokesperson } from './schemas';

const unitRef = (dir: Directory, id: string | null) => (id ? { id, name: dir.unit(id)?.name ?? 'Đơn vị không còn trong danh mục' } : null);

/** Whether an assignment is in force on `today` (validTo is the last day). */
export const isInForce = (r: Pick<SpokespersonRow, 'validFrom' | 'validTo' | 'supersededAt'>, today: string) => r.supersededAt === null && r.validFrom <= today && (r.validTo === null || today <= r.validTo);

/** A version of a spokesperson assignment as the office shows it (its id is the assignment's). */
export function presentSpokesperson(r: SpokespersonRow, dir: Directory, today: string): Static<typeof Spokesperson> {
  return {
    id: r.assignmentId,
    version: r.version,
    unitId: r.unitId,
    unitName: dir.unit(r.unitId)?.name ?? 'Đơn vị không còn trong danh mục',
    kind: r.kind,
    kindLabel: SPOKESPERSON_KIND_LABELS[r.kind as SpokespersonKind]?.[0] ?? '',
    personName: r.personName,
    title: r.title,
    phone: r.phone,
    email: r.email,
    scope: r.scope,
    validFrom: r.validFrom,
    validTo: r.validTo,
    decisionRef: r.decisionRef,
    endReason: r.endReason,
    isCurrent: isInForce(r, today),
    recordedAt: new Date(r.createdAt).toISOString(),
  };
}

/** The state a person sees: "overdue" replaces an open state once the deadline is missed. */
export function displayStatus(cal: WorkCalendar, r: InquiryRow, today: string): { status: string; statusLabel: string; isOverdue: boolean } {
  const overdue = isOverdue(cal, r, today);
  const status = overdue ? 'overdue' : r.status;
  return { status, statusLabel: STATUS_LABELS[status as keyof typeof STATUS_LABELS][0], isOverdue: overdue };
}

/** The names of the press agencies directory, for the inquiries that name their agency from it (migration 0039). */
export type AgencyNames = ReadonlyMap<string, string>;

export function presentInquirySummary(r: InquiryRow, dir: Directory, cal: WorkCalendar, today: string, agencies: AgencyNames): Static<typeof InquirySummary> {
  return {
    id: r.id,
    refNo: r.refNo,
    kind: r.kind,
    kindLabel: INQUIRY_KIND_LABELS[r.kind as InquiryKind][0],
    subject: r.subject,
    receivedOn: r.receivedOn,
    dueOn: r.dueOn,
    ...displayStatus(cal, r, today),
    unit: unitRef(dir, r.unitId),
    agency: r.pressAgencyId ? { id: r.pressAgencyId, name: agencies.get(r.pressAgencyId) ?? 'Cơ quan báo chí không còn trong danh mục' } : unitRef(dir, r.agencyUnitId),
  };
}

export function presentInquiryDetail(
  r: InquiryRow,
  ctx: { dir: Directory; cal: WorkCalendar; today: string; agencies: AgencyNames; policy: { id: string; title: string } | null; officerName: string | null; answerFile: Static<typeof InquiryDetail>['answerFile']; abilities: Static<typeof InquiryDetail>['abilities']; timeline: Static<typeof InquiryDetail>['timeline'] },
): Static<typeof InquiryDetail> {
  return {
    ...presentInquirySummary(r, ctx.dir, ctx.cal, ctx.today, ctx.agencies),
    complexity: r.complexity,
    complexityLabel: r.complexity ? COMPLEXITY_LABELS[r.complexity as Complexity][0] : null,
    channel: r.channel,
    channelLabel: CHANNEL_LABELS[r.channel as Channel][0],
    requesterName: r.requesterName,
    requesterContact: r.requesterContact,
    journalistName: r.journalistName,
    content: r.content,
    policy: ctx.policy,
    officer: r.officerId ? { id: r.officerId, name: ctx.officerName ?? '' } : null,
    dueBasisText: basisText(r.dueBasis),
    noticeDueOn: r.noticeDueOn,
    noticeSentOn: r.noticeSentOn,
    noticeRef: r.noticeRef,
    noticeLate: r.noticeDueOn !== null && (r.noticeSentOn !== null ? r.noticeSentOn > r.noticeDueOn : r.status !== 'answered' && r.status !== 'refused' && ctx.today > r.noticeDueOn),
    originalDueOn: r.originalDueOn,
    extensionReason: r.extensionReason,
    answerText: r.answerText,
    answerFile: ctx.answerFile,
    refusalGround: r.refusalGround,
    refusalGroundText: r.refusalGround ? refusalGroundText(r.refusalGround as RefusalGround) : null,
    refusalNote: r.refusalNote,
    closedOn: r.closedOn,
    abilities: ctx.abilities,
    timeline: ctx.timeline,
  };
}
