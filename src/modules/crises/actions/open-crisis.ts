import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, type FieldError } from '../../../platform/errors';
import { cleanText, todayVn } from '../../../platform/text';
import { atVi } from '../format';
import { getDirectory } from '../../organisations';
import { findDraft } from '../../policies';
import { MAX_SEVERITY, ORIGIN_LABELS, ROLE_LABELS, ROLES, SEVERITY_LABELS, type MemberRole } from '../labels';
import { enabledUsers, insertCrisis, insertMembers, insertMonitoringCrisisFlag, linkItems, monitoringAlertFacts, monitoringItemFacts, registrySpokesperson, userMatching, type CrisisRow } from '../repo';
import { log, nowIso, userOf } from './common';

export interface OpenCrisisInput {
  title?: string | null;
  summary: string;
  /** Opened from a monitoring item, from an alert, or by hand with a reason (exactly one origin). */
  itemId?: string | null;
  alertId?: string | null;
  reason?: string | null;
  /** By hand only: when the office learnt of it (defaults to now). */
  detectedAt?: string | null;
  severity: number;
  /** "Not sure of the level": the higher one is taken. */
  isUnsure?: boolean;
  unitId?: string | null;
  policyId?: string | null;
  networkGroupId?: string | null;
  members?: { role: MemberRole; userId: string }[];
}

/** The level recorded: one higher when the person is unsure (never above the top level). */
export const effectiveSeverity = (severity: number, isUnsure: boolean) => (isUnsure ? Math.min(severity + 1, MAX_SEVERITY) : severity);

/** What the audit keeps of a crisis (no text typed by people: titles and summaries may name someone). */
export const auditedCrisis = (c: CrisisRow) => ({ origin: c.origin, severity: c.severity, status: c.status, unitId: c.unitId, detectedAt: c.detectedAt });

/**
 * Opens a crisis (PN-05, FI-02, FI-03). From an item or an alert the detection time is the moment monitoring took
 * the item in (or the alert fired) and the items are linked; by hand a reason is required. The working group starts
 * from the template: the person opening it leads unless named otherwise, and the spokesperson defaults to the
 * concerned unit's spokesperson in the press registry (matched to an office account by address or name).
 */
export async function openCrisis(ctx: ActionContext, input: OpenCrisisInput): Promise<CrisisRow> {
  authorize(ctx.actor, 'crises.manage');
  const errors: FieldError[] = [];
  const origins = [input.itemId, input.alertId].filter(Boolean).length;
  if (origins > 1) errors.push({ path: 'itemId', message: 'Chỉ mở từ một tin hoặc một cảnh báo.' });
  const reason = cleanText(input.reason ?? '');
  if (origins === 0 && !reason) errors.push({ path: 'reason', message: 'Ghi lý do mở sự cố.' });
  if (!Number.isInteger(input.severity) || input.severity < 1 || input.severity > MAX_SEVERITY) errors.push({ path: 'severity', message: 'Chọn mức độ từ 1 đến 4.' });
  const summary = (input.summary ?? '').normalize('NFC').trim();
  if (!summary) errors.push({ path: 'summary', message: 'Nhập tóm tắt sự cố.' });

  let detectedAt = nowIso();
  let itemIds: string[] = [];
  let originText = '';
  let title = cleanText(input.title ?? '');
  if (input.itemId) {
    const [item] = await monitoringItemFacts(ctx.db, [input.itemId]);
    if (!item) errors.push({ path: 'itemId', message: 'Không tìm thấy tin theo dõi dư luận này.' });
    else {
      detectedAt = new Date(item.ingestedAt).toISOString();
      itemIds = [item.id];
      title ||= cleanText(item.title || item.body).slice(0, 300);
      originText = `tin “${cleanText(item.title || item.body).slice(0, 120)}”`;
    }
  } else if (input.alertId) {
    const alert = await monitoringAlertFacts(ctx.db, input.alertId);
    if (!alert) errors.push({ path: 'alertId', message: 'Không tìm thấy cảnh báo này.' });
    else {
      detectedAt = new Date(alert.firedAt).toISOString();
      itemIds = alert.itemIds;
      title ||= `Cảnh báo “${alert.ruleName}”`;
      originText = `cảnh báo “${alert.ruleName}”`;
    }
  } else if (input.detectedAt) {
    const at = new Date(input.detectedAt);
    if (Number.isNaN(at.getTime())) errors.push({ path: 'detectedAt', message: 'Thời điểm phát hiện không hợp lệ.' });
    else if (at.getTime() > Date.parse(nowIso()) + 60_000) errors.push({ path: 'detectedAt', message: 'Thời điểm phát hiện không được sau lúc này.' });
    else detectedAt = at.toISOString();
  }
  if (!title) errors.push({ path: 'title', message: 'Nhập tên sự cố.' });
  const unitId = input.unitId || null;
  if (unitId && !(await getDirectory(ctx.db)).unit(unitId)) errors.push({ path: 'unitId', message: 'Không có đơn vị này trong danh mục tổ chức.' });
  if (input.policyId && !(await findDraft(ctx.db, input.policyId))) errors.push({ path: 'policyId', message: 'Không tìm thấy chính sách được liên kết.' });

  const named = new Map<MemberRole, string>();
  for (const m of input.members ?? []) if (ROLES.includes(m.role) && m.userId) named.set(m.role, m.userId);
  const lead = userOf(ctx.actor);
  if (!named.has('lead') && lead) named.set('lead', lead);
  const people = await enabledUsers(ctx.db, [...named.values()]);
  for (const [role, userId] of named) if (!people.has(userId)) errors.push({ path: `members.${role}`, message: `${ROLE_LABELS[role]}: không có tài khoản đang hoạt động này.` });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin mở sự cố chưa hợp lệ.', { errors });

  const members: { role: MemberRole; userId: string | null; personName: string; fromRegistry: boolean }[] = [...named].map(([role, userId]) => ({ role, userId, personName: people.get(userId)!, fromRegistry: false }));
  if (!named.has('spokesperson') && unitId) {
    const registered = await registrySpokesperson(ctx.db, unitId, todayVn());
    if (registered) {
      const account = await userMatching(ctx.db, registered.email, registered.personName);
      members.push({ role: 'spokesperson', userId: account?.id ?? null, personName: account?.displayName ?? registered.personName, fromRegistry: true });
    }
  }
  const severity = effectiveSeverity(input.severity, input.isUnsure === true);
  const origin = input.itemId ? 'item' : input.alertId ? 'alert' : 'manual';

  return ctx.db.transaction(async (tx) => {
    const at = nowIso();
    const crisis = await insertCrisis(tx, {
      id: randomUUID(),
      title,
      summary,
      origin,
      originReason: reason || null,
      alertId: input.alertId || null,
      unitId,
      policyId: input.policyId || null,
      severity,
      severityUnsure: input.isUnsure === true,
      detectedAt,
      networkGroupId: input.networkGroupId || null,
      createdBy: userOf(ctx.actor),
    });
    await linkItems(tx, crisis.id, itemIds, userOf(ctx.actor));
    await insertMembers(tx, members.map((m) => ({ id: randomUUID(), crisisId: crisis.id, ...m, validFrom: at })));
    const how = origin === 'manual' ? `${ORIGIN_LABELS.manual.toLowerCase()}: ${reason}` : `${ORIGIN_LABELS[origin]!.toLowerCase()}: ${originText}`;
    await log(tx, crisis.id, ctx.actor, 'opened', `Mở sự cố (${how}); phát hiện lúc ${atVi(detectedAt)}; ${SEVERITY_LABELS[severity]}${input.isUnsure ? ' (chưa chắc chắn nên lấy mức cao hơn)' : ''}.`, at);
    for (const m of members) await log(tx, crisis.id, ctx.actor, 'member', `${ROLE_LABELS[m.role]}: ${m.personName}${m.fromRegistry ? ' (theo danh sách người phát ngôn)' : ''}.`, at);
    if (input.itemId) await insertMonitoringCrisisFlag(tx, input.itemId, `Đã mở sự cố số ${crisis.refNo}: ${title}`.slice(0, 2000), userOf(ctx.actor));
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.open', subjectType: 'crisis', subjectId: crisis.id, after: { ...auditedCrisis(crisis), items: itemIds.length }, requestId: ctx.requestId });
    return crisis;
  });
}
