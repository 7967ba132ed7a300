import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { renderOfficialDocx, signerFor, type OfficialDocument } from '../../../platform/documents';
import { filesDir, openStoredFile } from '../../../platform/files';
import { formatDateTimeVi } from '../../../platform/text';
import { documentCodeOf, issuerOf, issuingUnitAt, type Directory } from '../../organisations';
import { SENTIMENT_LABELS, TAKEDOWN_OUTCOME_LABELS, VERDICT_LABELS, type TakedownOutcome, type Verdict } from './kinds';
import type { ItemFacts } from './repo-review';

/** One item of a referral package with its latest verdict, its evidence and its takedown requests. */
export interface ReferralEntry {
  item: ItemFacts;
  verdict: { verdict: string; note: string | null; reviewedAt: string };
  evidence: { id: string; url: string | null; method: string; sha256: string; size: number; capturedAt: string; storageKey: string; fetchError: string | null }[];
  takedowns: { requestedAt: string; platform: string; deadlineAt: string; outcome: string; outcomeAt: string | null }[];
}

export interface ReferralInput {
  dir: Directory;
  unitId: string;
  /** ISO date of the letter (Vietnam). */
  date: string;
  recipient: string;
  signer: { name: string; title: string; authority?: string | null } | null;
  entries: ReferralEntry[];
}

/** Default addressee: the provincial police's cyber-security division (PA05), which receives such referrals. */
export const DEFAULT_REFERRAL_RECIPIENT = 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh';

const at = (iso: string | null) => (iso ? formatDateTimeVi(new Date(iso)) : '—');
const evidenceName = (n: number, sha256: string) => `bang-chung/${String(n).padStart(3, '0')}-${sha256.slice(0, 12)}.txt`;

/**
 * The referral letter (Công văn, NĐ 30/2020) to the police liaison: what the items are, when they were published
 * and captured, the reviewers' verdicts, and in an appendix every evidence file with its SHA-256, so the police can
 * check each file of the package against the letter.
 */
export function referralDocument(input: ReferralInput): OfficialDocument {
  const unit = issuingUnitAt(input.dir, input.unitId, input.date);
  const code = unit ? documentCodeOf(unit) : null;
  const parent = unit?.parentId ? input.dir.unit(unit.parentId) : undefined;
  const issuer = issuerOf(input.dir, unit, input.date);
  let n = 0;
  const evidenceRows: (string | number)[][] = [];
  for (const e of input.entries) for (const ev of e.evidence) evidenceRows.push([++n, `${evidenceName(n, ev.sha256)} (tin số ${input.entries.indexOf(e) + 1})`, at(ev.capturedAt), ev.sha256]);
  return {
    issuer,
    number: null,
    numberSuffix: code ? `/${code}` : '',
    place: unit?.place ?? parent?.place ?? '',
    date: input.date,
    kind: '',
    isCongVan: true,
    subject: 'chuyển thông tin sai sự thật, xấu, độc trên không gian mạng để xác minh, xử lý',
    kinhGui: [input.recipient],
    body: [
      { type: 'paragraph', text: `Qua theo dõi thông tin trên báo chí và mạng xã hội, ${unit?.name ?? 'cơ quan'} phát hiện ${input.entries.length} tin, bài có nội dung được cán bộ xem xét kết luận là sai sự thật, sai lệch hoặc xấu, độc, liên quan đến địa phương. Nội dung đã được thu thập, lưu giữ làm bằng chứng tại thời điểm xem xét, mỗi tệp kèm mã băm SHA-256 để đối chiếu tính toàn vẹn.` },
      { type: 'paragraph', text: `Danh sách tin, bài như sau:` },
      {
        type: 'table',
        columns: [
          { title: 'STT', widthPct: 7, align: 'center', fit: ['STT'] },
          { title: 'Tin, bài (nguồn, địa chỉ)', widthPct: 43 },
          { title: 'Thời điểm đăng', widthPct: 16, align: 'center' },
          { title: 'Kết luận xem xét', widthPct: 34 },
        ],
        rows: input.entries.map((e, i) => [
          i + 1,
          `${e.item.title || '(không có tiêu đề)'} — ${e.item.sourceName}${e.item.url ? ` — ${e.item.url}` : ''}`,
          at(e.item.publishedAt ?? e.item.ingestedAt),
          `${VERDICT_LABELS[e.verdict.verdict as Verdict] ?? 'Chưa kết luận'} (${at(e.verdict.reviewedAt)})${e.verdict.note ? `: ${e.verdict.note.replace(/[.。]+$/u, '')}` : ''}${e.takedowns.length ? `. Yêu cầu gỡ bỏ: ${e.takedowns.map((t) => `${t.platform}, gửi ${at(t.requestedAt)}, ${(TAKEDOWN_OUTCOME_LABELS[t.outcome as TakedownOutcome] ?? '').toLowerCase()}`).join('; ')}` : ''}`,
        ]),
      },
      { type: 'paragraph', text: `Danh mục ${evidenceRows.length} tệp bằng chứng và mã băm SHA-256 tại Phụ lục kèm theo; các tệp được gửi kèm trong gói hồ sơ điện tử (tệp manifest.json ghi mã băm của từng tệp).` },
      { type: 'paragraph', text: `${unit?.name ?? 'Cơ quan'} đề nghị ${input.recipient} xác minh, xử lý theo quy định của pháp luật và thông báo kết quả để phối hợp thông tin, định hướng dư luận./.` },
    ],
    recipients: ['Như trên', code ? `Lưu: VT, ${code}` : 'Lưu: VT'],
    signer: input.signer ? signerFor(input.signer, unit?.name ?? issuer.name) : null,
    appendices: [
      {
        label: 'Phụ lục',
        title: 'Danh mục tệp bằng chứng',
        body: evidenceRows.length
          ? [{ type: 'table', columns: [{ title: 'STT', widthPct: 8, align: 'center', fit: ['STT'] }, { title: 'Tệp', widthPct: 30 }, { title: 'Thời điểm thu thập', widthPct: 17, align: 'center' }, { title: 'Mã băm SHA-256', widthPct: 45 }], rows: evidenceRows }]
          : [{ type: 'paragraph', text: 'Chưa có tệp bằng chứng.', italic: true }],
      },
    ],
  };
}

export interface ManifestEntry {
  path: string;
  sha256: string;
  size: number;
  item: number | null;
  capturedAt: string | null;
  url: string | null;
  method: string | null;
}

/**
 * The package: the letter (DOCX), each evidence file as captured (bytes read from the file store and checked
 * against their recorded hash: a file that changed on disk is refused, not shipped), and manifest.json with the
 * SHA-256 and size of every file.
 */
export async function buildReferralZip(docx: Buffer, entries: ReferralEntry[], createdAt: Date, dir = filesDir()): Promise<{ zip: Buffer; manifest: ManifestEntry[] }> {
  const zip = new JSZip();
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const manifest: ManifestEntry[] = [{ path: 'cong-van-chuyen-thong-tin.docx', sha256: sha(docx), size: docx.length, item: null, capturedAt: null, url: null, method: null }];
  zip.file(manifest[0]!.path, docx, { date: createdAt });
  let n = 0;
  for (const [i, e] of entries.entries()) {
    for (const ev of e.evidence) {
      const bytes = await readAll(ev.storageKey, dir);
      if (sha(bytes) !== ev.sha256) throw new Error(`evidence ${ev.id} does not match its recorded SHA-256`);
      const p = evidenceName(++n, ev.sha256);
      zip.file(p, bytes, { date: createdAt });
      manifest.push({ path: p, sha256: ev.sha256, size: bytes.length, item: i + 1, capturedAt: ev.capturedAt, url: ev.url, method: ev.method });
    }
  }
  zip.file('manifest.json', JSON.stringify({ createdAt: createdAt.toISOString(), algorithm: 'SHA-256', items: entries.map((e, i) => ({ no: i + 1, title: e.item.title, source: e.item.sourceName, url: e.item.url, publishedAt: e.item.publishedAt, sentiment: SENTIMENT_LABELS[e.item.sentiment] ?? null, verdict: VERDICT_LABELS[e.verdict.verdict as Verdict] ?? null, reviewedAt: e.verdict.reviewedAt })), files: manifest }, null, 2), { date: createdAt });
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), manifest };
}

async function readAll(storageKey: string, dir: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of openStoredFile(storageKey, dir)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function renderReferralDocx(input: ReferralInput): Promise<Buffer> {
  return renderOfficialDocx(referralDocument(input));
}

