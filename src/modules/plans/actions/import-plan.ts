import { createHash, randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { todayVn } from '../../../platform/text';
import { getDirectory, insertAliases, invalidateDirectory, unitExistsMany } from '../../organisations';
import { checkIssuer, homeUnitTest, type IssuerCheck } from '../issuer-check';
import { resolveNames, writtenNames, type NameResolution } from '../names';
import { parsePlanDocumentIsolated, PlanParseError, type ParsedPlan } from '../parser';
import { findPlanBySha, insertPlanGraph } from '../repo';
import { planDueDates, type PlanDueDates } from '../task-due';

export interface UploadedPlan {
  data: Uint8Array;
  fileName: string;
}

export type NameChoice = { unitIds: string[] } | { ignore: true };

export interface PlanPreview {
  fileName: string;
  sha256: string;
  at: string;
  duplicateOf: { id: string; number: string | null; title: string } | null;
  plan: ParsedPlan;
  /** The due dates the import will store (the same computation), shown in the preview. */
  due: PlanDueDates;
  names: NameResolution[];
  /** Whether the issuer is of this province; otherwise its group phrases and unit names wait for the coordinator's decision. */
  issuerCheck: IssuerCheck;
}

export interface ImportOptions {
  /** The coordinator confirmed that the group phrases and unit names of a plan from elsewhere mean this province's units. */
  expandGroups?: boolean;
}

async function parseUpload(file: UploadedPlan): Promise<ParsedPlan> {
  try {
    // read in a worker thread: a hostile document ends that thread, not the web process
    return await parsePlanDocumentIsolated(file.data, file.fileName);
  } catch (e) {
    if (e instanceof PlanParseError) throw new AppError(e.code === 'unsupported-type' ? 'unsupported-media-type' : 'validation', e.messageVi);
    throw e;
  }
}

/** Reads a plan document and shows what was understood and what was not; saves nothing. */
export async function previewPlan(ctx: ActionContext, file: UploadedPlan): Promise<PlanPreview> {
  authorize(ctx.actor, 'plans.import');
  const plan = await parseUpload(file);
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  const at = plan.issuedOn ?? todayVn();
  const dir = await getDirectory(ctx.db);
  const issuerCheck = checkIssuer(dir, plan, at, todayVn());
  const due = await planDueDates(ctx.db, plan, at);
  // never a year taken silently from the day of reading: the coordinator is told which year the dates assume
  if (due.yearAssumed) plan.warnings.push(`Văn bản không ghi ngày ban hành, năm hay giai đoạn của kế hoạch: các thời hạn không ghi năm được tính theo năm ${due.year} (năm nhập văn bản). Hãy kiểm tra trước khi nhập.`);
  // nor a day made up for a deadline written in words: the task comes in without one, and the coordinator is told
  plan.tasks.forEach((t, i) => {
    const warned = plan.warnings.some((w) => w.startsWith(`Nhiệm vụ ${t.code}: không đọc được thời hạn`));
    if (t.deadline && due.taskDueOn[i] === null && !warned) {
      plan.warnings.push(`Nhiệm vụ ${t.code}: thời hạn "${t.deadline}" không nêu một ngày cụ thể nên nhiệm vụ được nhập không có hạn (không tính quá hạn, không nhắc hạn). Có thể đặt hạn trên trang kế hoạch sau khi nhập.`);
    }
  });
  // a plan issued elsewhere: its group phrases (issuer unknown too) and its names read as this province's units wait
  const isHome = homeUnitTest(dir, todayVn());
  const names = resolveNames(dir, writtenNames(plan), at).map((n): NameResolution => ({
    ...n,
    heldForIssuer:
      (n.status === 'group' && issuerCheck.status !== 'own') ||
      (n.status === 'unit' && issuerCheck.status === 'other' && n.units.length > 0 && n.units.every((u) => isHome(u.id))),
  }));
  return { fileName: file.fileName, sha256, at, duplicateOf: await findPlanBySha(ctx.db, sha256), plan, due, names, issuerCheck };
}

function parentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i > 0 ? code.slice(0, i) : null;
}

/**
 * Imports a plan in one transaction: the plan, its tasks, one assignment per unit (group phrases expanded to
 * their members as of the plan's date, keeping the phrase), responsibilities, and the mappings the coordinator
 * chose, remembered as aliases. The same document twice is refused.
 */
export async function importPlan(ctx: ActionContext, file: UploadedPlan, mappings: Record<string, NameChoice>, options: ImportOptions = {}): Promise<{ id: string; tasks: number; assignments: number }> {
  const preview = await previewPlan(ctx, file);
  const { plan, at } = preview;
  if (preview.duplicateOf) {
    throw new AppError('conflict', `Văn bản này đã được nhập (kế hoạch ${preview.duplicateOf.number ?? preview.duplicateOf.title}).`, { detail: preview.duplicateOf.id });
  }
  if (plan.tasks.length === 0) throw new AppError('validation', 'Không tìm thấy nhiệm vụ nào trong văn bản; không có gì để nhập.');
  const missing = preview.names.filter((n) => (n.status === 'unresolved' || n.status === 'ambiguous') && !mappings[n.written]);
  if (missing.length) {
    throw new AppError('validation', `Còn ${missing.length} tên đơn vị chưa được ánh xạ.`, { errors: missing.map((n) => ({ path: n.written, message: 'Chọn đơn vị hoặc bỏ qua tên này.' })) });
  }
  const held = options.expandGroups ? [] : preview.names.filter((n) => n.heldForIssuer && !mappings[n.written]);
  if (held.length) {
    throw new AppError('validation', `${preview.issuerCheck.message} Còn ${held.length} tên đơn vị hoặc cụm từ chung chưa được quyết định.`, { errors: held.map((n) => ({ path: n.written, message: 'Chọn đơn vị, bỏ qua, hoặc xác nhận dùng đơn vị của tỉnh.' })) });
  }
  const mappedIds = Object.values(mappings).flatMap((m) => ('unitIds' in m ? m.unitIds : []));
  const known = await unitExistsMany(ctx.db, mappedIds);
  const unknown = mappedIds.find((id) => !known.has(id));
  if (unknown) throw new AppError('validation', `Đơn vị không tồn tại: ${unknown}.`);

  const byName = new Map(preview.names.map((n) => [n.written, n]));
  const unitsOf = (written: string): { unitIds: string[]; groupId: string | null } => {
    const choice = mappings[written];
    if (choice) return 'ignore' in choice ? { unitIds: [], groupId: null } : { unitIds: choice.unitIds, groupId: null };
    const r = byName.get(written);
    return { unitIds: r?.units.map((u) => u.id) ?? [], groupId: r?.group?.id ?? null };
  };

  const { year, reportDueOn, taskDueOn } = preview.due;
  const planId = randomUUID();
  const tasks = plan.tasks.map((t, position) => ({
    id: randomUUID(),
    planId,
    code: t.code,
    parentCode: parentCode(t.code),
    position,
    title: t.title,
    content: t.content,
    deadlineText: t.deadline,
    dueOn: taskDueOn[position] ?? null,
  }));
  const assignments: { id: string; taskId: string; unitId: string; role: string; isRequested: boolean; writtenName: string; groupId: string | null }[] = [];
  const seen = new Set<string>();
  plan.tasks.forEach((t, i) => {
    const taskId = tasks[i]!.id;
    for (const [role, names] of [['lead', t.leads], ['coordinator', t.coordinators]] as const) {
      // named units before group members, so a unit written by name keeps its own written form
      const ordered = [...names].sort((a, b) => Number(unitsOf(a).groupId !== null) - Number(unitsOf(b).groupId !== null));
      for (const written of ordered) {
        const { unitIds, groupId } = unitsOf(written);
        for (const unitId of unitIds) {
          const key = `${taskId}|${unitId}|${role}`;
          // a lead unit is not also made a coordinator just because a coordinating group phrase includes it
          if (seen.has(key) || (role === 'coordinator' && groupId && seen.has(`${taskId}|${unitId}|lead`))) continue;
          seen.add(key);
          assignments.push({ id: randomUUID(), taskId, unitId, role, isRequested: t.requested.includes(written), writtenName: written, groupId });
        }
      }
    }
  });
  const responsibilities = plan.responsibilities.map((r) => ({ id: randomUUID(), planId, code: r.code, writtenName: r.unit, unitIds: unitsOf(r.unit).unitIds, duties: r.duties }));
  // only a name the directory could not read becomes an alias: a name held because the plan is another province's
  // ("Sở Công Thương" of Lâm Đồng) must keep meaning this province's unit in the next plan
  const aliases = Object.entries(mappings)
    .filter(([written, m]) => 'unitIds' in m && m.unitIds.length === 1 && !byName.get(written)?.heldForIssuer)
    .map(([alias, m]) => ({ alias, unitId: (m as { unitIds: string[] }).unitIds[0]!, validFrom: null, validTo: null }));

  await ctx.db.transaction(async (tx) => {
    if (await findPlanBySha(tx, preview.sha256)) throw new AppError('conflict', 'Văn bản này đã được nhập.');
    await insertPlanGraph(tx, {
      plan: {
        id: planId,
        number: plan.number,
        kind: plan.kind,
        title: plan.title ?? file.fileName,
        issuerName: plan.issuer,
        issuerUnitId: plan.issuer ? (byName.get(plan.issuer)?.units[0]?.id ?? null) : null,
        place: plan.place,
        issuedOn: plan.issuedOn,
        year,
        reportDeadline: plan.reportDeadline,
        reportDueOn,
        signerName: plan.signer?.name ?? null,
        signerTitle: plan.signer?.title ?? null,
        bases: plan.bases,
        recipients: plan.recipients,
        sourceFileName: file.fileName,
        sourceSha256: preview.sha256,
        parsed: plan,
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      },
      tasks,
      assignments,
      responsibilities,
    });
    await insertAliases(tx, aliases);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'plan.import',
      subjectType: 'plan',
      subjectId: planId,
      after: { number: plan.number, title: plan.title, issuer: preview.issuerCheck.status, expandGroups: options.expandGroups === true, tasks: tasks.length, assignments: assignments.length, aliasesLearned: aliases.map((a) => a.alias), ignored: Object.entries(mappings).filter(([, m]) => 'ignore' in m).map(([k]) => k) },
      requestId: ctx.requestId,
    });
  });
  if (aliases.length) invalidateDirectory(ctx.db);
  return { id: planId, tasks: tasks.length, assignments: assignments.length };
}
