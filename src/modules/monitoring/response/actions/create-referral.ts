import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import { AppError } from '../../../../platform/errors';
import { storeWrittenFile, tempFilePath, type StoredFile } from '../../../../platform/files';
import { cleanText, todayVn } from '../../../../platform/text';
import { getDirectory } from '../../../organisations';
import { REFERABLE_VERDICTS, type Verdict } from '../kinds';
import { buildReferralZip, DEFAULT_REFERRAL_RECIPIENT, renderReferralDocx, type ReferralEntry } from '../referral';
import { evidenceOf, itemFacts, reviewsOf, takedownsOf } from '../repo-review';
import { monitoringReferrals } from '../tables';
import { storedFiles } from '../../../../platform/files';
import { inArray } from 'drizzle-orm';

export interface ReferralRequest {
  itemIds: string[];
  /** The issuing unit; the actor's own coordinator unit when absent. */
  unitId?: string | null;
  recipient?: string | null;
  signer?: { name: string; title: string; authority?: string | null } | null;
}

export interface ReferralCreated {
  id: string;
  zipSha256: string;
  files: number;
}

const invalid = (path: string, message: string) => new AppError('validation', message, { errors: [{ path, message }] });

async function keep(bytes: Buffer, kind: 'docx' | 'zip'): Promise<StoredFile> {
  const tmp = tempFilePath();
  fs.writeFileSync(tmp, bytes);
  return storeWrittenFile(tmp, kind);
}

/**
 * The referral package for the police liaison: every listed item must carry a verdict of false, hostile or
 * misleading and at least one evidence capture. The letter and the ZIP (letter, evidence files, manifest) are kept
 * in the file store with the package record, so what was sent can be shown again byte for byte.
 */
export async function createReferral(ctx: ActionContext, input: ReferralRequest, now = new Date()): Promise<ReferralCreated> {
  authorize(ctx.actor, 'monitoring.refer');
  const ids = [...new Set(input.itemIds ?? [])];
  if (ids.length === 0) throw invalid('itemIds', 'Chọn ít nhất một tin để chuyển.');
  if (ids.length > 200) throw invalid('itemIds', 'Một gói hồ sơ chuyển tối đa 200 tin.');
  const items = await itemFacts(ctx.db, ids);
  if (items.length !== ids.length) throw invalid('itemIds', 'Có tin không còn trong hệ thống.');
  const [reviews, evidence, takedowns] = await Promise.all([reviewsOf(ctx.db, ids), evidenceOf(ctx.db, ids), takedownsOf(ctx.db, ids)]);
  const files = evidence.length ? await ctx.db.select({ id: storedFiles.id, storageKey: storedFiles.storageKey }).from(storedFiles).where(inArray(storedFiles.id, evidence.map((e) => e.fileId))) : [];
  const keyOf = new Map(files.map((f) => [f.id, f.storageKey]));
  const byId = new Map(items.map((i) => [i.id, i]));
  const entries: ReferralEntry[] = [];
  for (const id of ids) {
    const item = byId.get(id)!;
    const latest = reviews.find((r) => r.itemId === id);
    const title = item.title || '(không có tiêu đề)';
    if (!latest || !REFERABLE_VERDICTS.includes(latest.verdict as Verdict)) throw invalid('itemIds', `Tin "${title}" chưa được kết luận là sai sự thật, sai lệch hoặc xấu, độc.`);
    const ev = evidence.filter((e) => e.itemId === id && keyOf.has(e.fileId));
    if (ev.length === 0) throw invalid('itemIds', `Tin "${title}" chưa có bằng chứng được thu thập.`);
    entries.push({
      item,
      verdict: { verdict: latest.verdict, note: latest.note, reviewedAt: latest.reviewedAt },
      evidence: ev.map((e) => ({ id: e.id, url: e.url, method: e.method, sha256: e.sha256, size: e.size, capturedAt: e.capturedAt, storageKey: keyOf.get(e.fileId)!, fetchError: e.fetchError })),
      takedowns: takedowns.filter((t) => t.itemId === id).map((t) => ({ requestedAt: t.requestedAt, platform: t.platform, deadlineAt: t.deadlineAt, outcome: t.outcome, outcomeAt: t.outcomeAt })),
    });
  }
  const unitId = input.unitId ?? (ctx.actor.kind === 'user' ? ctx.actor.roles.find((g) => g.role === 'coordinator')?.unitId ?? ctx.actor.roles[0]?.unitId : undefined);
  const dir = await getDirectory(ctx.db);
  if (!unitId || !dir.unit(unitId)) throw invalid('unitId', 'Chọn cơ quan gửi công văn.');
  const date = todayVn(now);
  const docx = await renderReferralDocx({ dir, unitId, date, recipient: cleanText(input.recipient ?? '').slice(0, 300) || DEFAULT_REFERRAL_RECIPIENT, signer: input.signer?.name?.trim() && input.signer.title?.trim() ? { name: cleanText(input.signer.name), title: cleanText(input.signer.title), authority: input.signer.authority ? cleanText(input.signer.authority) : null } : null, entries });
  const { zip } = await buildReferralZip(docx, entries, now);
  const [docxFile, zipFile] = [await keep(docx, 'docx'), await keep(zip, 'zip')];
  const id = randomUUID();
  const stamp = date.replaceAll('-', '');
  await ctx.db.transaction(async (tx) => {
    const by = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    const docxId = randomUUID();
    const zipId = randomUUID();
    await tx.execute(sql`insert into stored_files (id, owner_type, owner_id, file_name, mime_type, size, sha256, storage_key, created_by) values
      (${docxId}, 'monitoring_referral', ${id}, ${`cong-van-chuyen-thong-tin-${stamp}.docx`}, ${docxFile.mimeType}, ${docxFile.size}, ${docxFile.sha256}, ${docxFile.storageKey}, ${by}),
      (${zipId}, 'monitoring_referral', ${id}, ${`ho-so-chuyen-cong-an-${stamp}.zip`}, ${zipFile.mimeType}, ${zipFile.size}, ${zipFile.sha256}, ${zipFile.storageKey}, ${by})`);
    await tx.insert(monitoringReferrals).values({ id, itemIds: ids, docxFileId: docxId, zipFileId: zipId, zipSha256: zipFile.sha256, createdBy: by, createdAt: now.toISOString() });
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.referral.create', subjectType: 'monitoring_referral', subjectId: id, after: { items: ids.length, evidence: entries.reduce((s, e) => s + e.evidence.length, 0), zipSha256: zipFile.sha256 }, requestId: ctx.requestId });
  });
  return { id, zipSha256: zipFile.sha256, files: entries.reduce((s, e) => s + e.evidence.length, 0) + 2 };
}
