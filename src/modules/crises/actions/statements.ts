import { randomUUID } from 'node:crypto';
import { hasRole, type Actor } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { getDirectory, type Directory } from '../../organisations';
import { atVi } from '../format';
import { STATEMENT_KIND_LABELS, STATEMENT_KINDS, type StatementKind } from '../labels';
import { findStatementForUpdate, insertStatement, insertVersion, latestVersionForUpdate, updateCrisis, updateStatement, updateVersion, type MemberRow, type StatementRow, type VersionRow } from '../repo';
import { tellStatementStep } from '../notify-work';
import { invalid, lockOpenCrisis, log, nowIso, userOf } from './common';

export interface StatementInput {
  kind: StatementKind;
  title: string;
  /** What is confirmed (CERC: who, what, where, when). */
  facts: string;
  /** What is not yet known (required for a holding statement). */
  unknowns: string;
  /** What the authorities are doing. */
  actions: string;
  /** When the next update comes (required unless it is the final statement). */
  nextUpdateAt?: string | null;
}

const body = (s: string | undefined) => (s ?? '').normalize('NFC').trim().slice(0, 8000);

/**
 * Drafts a statement, or a new version of one (the previous version is superseded and its approvals do not carry
 * over). The holding template asks for the confirmed facts, what is not yet known, what is being done and when the
 * next update comes.
 */
export async function draftStatement(ctx: ActionContext & { publicUrl: string }, crisisId: string, input: StatementInput & { statementId?: string | null }): Promise<VersionRow> {
  if (!STATEMENT_KINDS.includes(input.kind)) throw invalid('kind', 'Chọn loại thông cáo.');
  const v = { title: cleanText(input.title ?? '').slice(0, 300), facts: body(input.facts), unknowns: body(input.unknowns), actions: body(input.actions) };
  if (!v.title) throw invalid('title', 'Nhập tiêu đề thông cáo.');
  if (!v.facts) throw invalid('facts', 'Nêu những thông tin đã được xác nhận.');
  if (input.kind === 'holding' && !v.unknowns) throw invalid('unknowns', 'Thông tin ban đầu phải nêu những điều chưa rõ, đang xác minh.');
  if (!v.actions) throw invalid('actions', 'Nêu những việc cơ quan chức năng đang làm.');
  let nextUpdateAt: string | null = null;
  if (input.nextUpdateAt) {
    const next = new Date(input.nextUpdateAt);
    if (Number.isNaN(next.getTime())) throw invalid('nextUpdateAt', 'Thời điểm cập nhật tiếp theo không hợp lệ.');
    nextUpdateAt = next.toISOString();
  } else if (input.kind !== 'final') throw invalid('nextUpdateAt', 'Cho biết khi nào có thông tin cập nhật tiếp theo.');

  return ctx.db.transaction(async (tx) => {
    const { crisis } = await lockOpenCrisis(tx, ctx.actor, crisisId, 'crises.act');
    let statement: StatementRow;
    let version = 1;
    if (input.statementId) {
      const found = await findStatementForUpdate(tx, input.statementId);
      if (!found || found.crisisId !== crisisId) throw notFound('thông cáo');
      if (found.status === 'withdrawn') throw new AppError('conflict', 'Thông cáo đã thu hồi; soạn một thông cáo mới.');
      statement = found;
      const latest = await latestVersionForUpdate(tx, found.id);
      if (latest) {
        version = latest.version + 1;
        if (latest.state !== 'superseded') await updateVersion(tx, latest.id, { state: 'superseded' });
      }
    } else statement = await insertStatement(tx, { id: randomUUID(), crisisId, kind: input.kind, createdAt: nowIso() });
    const row = await insertVersion(tx, { id: randomUUID(), statementId: statement.id, version, ...v, nextUpdateAt, draftedBy: userOf(ctx.actor), draftedAt: nowIso() });
    await log(tx, crisisId, ctx.actor, 'statement', `Soạn ${STATEMENT_KIND_LABELS[statement.kind as StatementKind].toLowerCase()} “${v.title}”, phiên bản ${version}${nextUpdateAt ? `; cập nhật tiếp theo lúc ${atVi(nextUpdateAt)}` : ''}.`);
    await tellStatementStep(tx, ctx.publicUrl, crisis, row, userOf(ctx.actor));
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.statement.draft', subjectType: 'crisis', subjectId: crisisId, after: { kind: statement.kind, version }, requestId: ctx.requestId });
    return row;
  });
}

const holds = (members: MemberRow[], actor: Actor, roles: string[]) => actor.kind === 'user' && members.some((m) => m.userId === actor.userId && roles.includes(m.role));

/**
 * Who may take a step of the chain: the spokesperson's step by the group's spokesperson, or a coordinator or press
 * officer (the communication office, which runs every crisis); the head's step by the group's unit head or lead, or
 * an approver of the crisis's unit or of a unit above it (ADR 002: approvers sign off what the office publishes; a
 * department's crisis is not signed off by another department). A crisis of no particular unit: an approver of any
 * unit. Administrators may take either. Who took the spokesperson's step never takes the head's ({@link isSecondApproval}).
 */
export function mayApprove(step: 'spokesperson' | 'head', actor: Actor, members: MemberRow[], headUnits: readonly string[] | null): boolean {
  if (hasRole(actor, 'administrator')) return true;
  if (step === 'spokesperson') return holds(members, actor, ['spokesperson']) || hasRole(actor, 'coordinator') || hasRole(actor, 'press');
  return holds(members, actor, ['unit_head', 'lead']) || (headUnits === null ? hasRole(actor, 'approver') : headUnits.some((u) => hasRole(actor, 'approver', u)));
}

/** The units whose approvers sign off a crisis's statements: its unit and the units above it; null when it has none. */
export function headUnitsOf(dir: Directory, crisisUnitId: string | null): string[] | null {
  if (crisisUnitId === null) return null;
  const chain: string[] = [];
  for (let id: string | null = crisisUnitId, depth = 0; id !== null && depth < 20; depth++) {
    chain.push(id);
    id = dir.unit(id)?.parentId ?? null;
  }
  return chain;
}

/** Whether the actor would approve a version a second time (the head's step after the spokesperson's): never allowed. */
export function isSecondApproval(actor: Actor, version: Pick<VersionRow, 'state' | 'spokespersonBy'>): boolean {
  return actor.kind === 'user' && version.state === 'awaiting_head' && version.spokespersonBy === actor.userId;
}

/** Approves the latest version's next step. The drafter of that version never approves it. */
export async function approveStatement(ctx: ActionContext & { publicUrl: string }, crisisId: string, statementId: string): Promise<VersionRow> {
  return ctx.db.transaction(async (tx) => {
    const { crisis, members } = await lockOpenCrisis(tx, ctx.actor, crisisId, 'crises.read');
    const statement = await findStatementForUpdate(tx, statementId);
    if (!statement || statement.crisisId !== crisisId) throw notFound('thông cáo');
    const latest = await latestVersionForUpdate(tx, statementId);
    if (!latest || (latest.state !== 'awaiting_spokesperson' && latest.state !== 'awaiting_head')) throw new AppError('conflict', 'Phiên bản này không còn chờ duyệt.');
    const step = latest.state === 'awaiting_spokesperson' ? 'spokesperson' : 'head';
    if (ctx.actor.kind === 'user' && latest.draftedBy === ctx.actor.userId) throw new AppError('forbidden', 'Người soạn không tự duyệt phiên bản của mình; cần người phát ngôn và lãnh đạo khác duyệt.');
    if (isSecondApproval(ctx.actor, latest)) throw new AppError('forbidden', 'Người đã duyệt với tư cách người phát ngôn không duyệt tiếp bước lãnh đạo; cần một lãnh đạo khác duyệt.');
    if (!mayApprove(step, ctx.actor, members, headUnitsOf(await getDirectory(tx), crisis.unitId))) throw new AppError('forbidden', step === 'spokesperson' ? 'Bước này do người phát ngôn của tổ công tác (hoặc điều phối viên, cán bộ báo chí) duyệt.' : 'Bước này do lãnh đạo (lãnh đạo đơn vị, trưởng nhóm của tổ công tác, hoặc người phê duyệt của đơn vị có sự cố hay đơn vị cấp trên) duyệt.');
    const at = nowIso();
    const row = await updateVersion(tx, latest.id, step === 'spokesperson' ? { state: 'awaiting_head', spokespersonBy: userOf(ctx.actor), spokespersonAt: at } : { state: 'approved', headBy: userOf(ctx.actor), headAt: at });
    await log(tx, crisisId, ctx.actor, 'statement', `${step === 'spokesperson' ? 'Người phát ngôn' : 'Lãnh đạo'} duyệt “${latest.title}”, phiên bản ${latest.version}.`, at);
    await tellStatementStep(tx, ctx.publicUrl, crisis, row, userOf(ctx.actor));
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.statement.approve', subjectType: 'crisis', subjectId: crisisId, after: { step, version: latest.version }, requestId: ctx.requestId });
    return row;
  });
}

/**
 * Publishes the latest version on the portal, only when the whole chain approved it (otherwise 409 and nothing is
 * published). The first publication of the crisis stops its timer.
 */
export async function publishStatement(ctx: ActionContext, crisisId: string, statementId: string): Promise<StatementRow> {
  return ctx.db.transaction(async (tx) => {
    const { crisis } = await lockOpenCrisis(tx, ctx.actor, crisisId, 'crises.manage');
    const statement = await findStatementForUpdate(tx, statementId);
    if (!statement || statement.crisisId !== crisisId) throw notFound('thông cáo');
    if (statement.status === 'withdrawn') throw new AppError('conflict', 'Thông cáo đã thu hồi; không công bố lại được.');
    const latest = await latestVersionForUpdate(tx, statementId);
    if (!latest || latest.state !== 'approved') throw new AppError('conflict', 'Thông cáo chưa được duyệt đủ (người phát ngôn, lãnh đạo); chưa thể công bố.');
    if (statement.publishedVersionId === latest.id) return statement;
    const at = nowIso();
    const row = await updateStatement(tx, statementId, { status: 'published', publishedVersionId: latest.id, publishedAt: at });
    if (!crisis.firstStatementAt) await updateCrisis(tx, crisisId, { firstStatementAt: at });
    await log(tx, crisisId, ctx.actor, 'statement', `Công bố trên cổng thông tin “${latest.title}”, phiên bản ${latest.version}.`, at);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.statement.publish', subjectType: 'crisis', subjectId: crisisId, after: { kind: statement.kind, version: latest.version, first: !crisis.firstStatementAt }, requestId: ctx.requestId });
    return row;
  });
}

/** Takes a published statement off the portal, with a note saying why (kept on the timeline). */
export async function withdrawStatement(ctx: ActionContext, crisisId: string, statementId: string, input: { note: string }): Promise<StatementRow> {
  const note = cleanText(input.note ?? '').slice(0, 2000);
  if (!note) throw invalid('note', 'Ghi lý do thu hồi.');
  return ctx.db.transaction(async (tx) => {
    await lockOpenCrisis(tx, ctx.actor, crisisId, 'crises.manage');
    const statement = await findStatementForUpdate(tx, statementId);
    if (!statement || statement.crisisId !== crisisId) throw notFound('thông cáo');
    if (statement.status !== 'published') throw new AppError('conflict', 'Chỉ thu hồi được thông cáo đang công bố.');
    const at = nowIso();
    const row = await updateStatement(tx, statementId, { status: 'withdrawn', withdrawnAt: at, withdrawalNote: note });
    await log(tx, crisisId, ctx.actor, 'statement', `Thu hồi thông cáo số ${statement.publicNo}: ${note}`, at);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.statement.withdraw', subjectType: 'crisis', subjectId: crisisId, after: { kind: statement.kind }, requestId: ctx.requestId });
    return row;
  });
}
