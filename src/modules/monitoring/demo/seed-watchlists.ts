import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../../../platform/context';
import { cleanText } from '../../../platform/text';
import { checkWatchName } from '../../../platform/text-query';
import { getDirectory } from '../../organisations';
import { listDrafts } from '../../policies';
import { monitoringWatchlists, monitoringWatchTerms, type WatchNameRow } from '../tables';
import { forgetWatchlists } from '../watch';

/** The day Yên Bái became part of the new Lào Cai (NQ 202/2025/QH15): its names are official until then, exclusive. */
export const MERGER_DAY = '2025-07-01';

interface Term {
  label: string;
  names: WatchNameRow[];
  validFrom: string | null;
  validTo: string | null;
  note?: string | null;
}

/**
 * The demo province's watchlists (Lào Cai after the 2025 merger): the province's names old and new, its communes
 * and agencies from the organisations directory, its leaders by office (never personal names invented here), and
 * the policies under consultation from the policies register. Does nothing when watchlists exist.
 */
export async function loadDemoWatchlists(ctx: ActionContext): Promise<boolean> {
  const existing = await ctx.db.select({ id: monitoringWatchlists.id }).from(monitoringWatchlists).limit(1);
  if (existing.length) return false;
  const dir = await getDirectory(ctx.db);
  const units = dir.snapshot.units;
  const keep = (names: WatchNameRow[]) => [...new Map(names.map((n) => [typeof n === 'string' ? n : n.name, n])).values()].filter((n) => checkWatchName(n) === null);

  const places: Term[] = [
    { label: 'Tỉnh Yên Bái (trước 01/7/2025)', names: ['Yên Bái', 'tỉnh Yên Bái'], validFrom: null, validTo: MERGER_DAY, note: 'Tên cũ: báo chí vẫn dùng nhiều năm sau khi hợp nhất.' },
    { label: 'Tỉnh Lào Cai', names: ['Lào Cai', 'tỉnh Lào Cai'], validFrom: null, validTo: null, note: 'Tỉnh Lào Cai mới gồm cả tỉnh Yên Bái cũ từ 01/7/2025.' },
  ];
  for (const u of units.filter((x) => x.type === 'ubnd_xa')) {
    const names = keep([...u.otherNames, ...(u.place && u.place.split(/\s+/).length >= 2 ? [u.place] : [])]);
    if (names.length) places.push({ label: u.otherNames[0] ?? u.name, names, validFrom: u.validFrom, validTo: u.validTo });
  }
  const agencyTypes = new Set(['ubnd_tinh', 'hdnd_tinh', 'so', 'ban', 'van_phong', 'thanh_tra', 'cong_an']);
  const agencies: Term[] = units
    .filter((u) => agencyTypes.has(u.type) && u.level === 'province')
    .map((u) => ({ label: u.name, names: keep([u.name, ...(u.shortName ? [u.shortName] : []), ...u.otherNames, ...u.abbreviations.map((a) => ({ name: a, exact: true }))]), validFrom: u.validFrom, validTo: u.validTo }))
    .filter((t) => t.names.length > 0);
  const leaders: Term[] = [
    { label: 'Bí thư Tỉnh ủy', names: ['Bí thư Tỉnh ủy Lào Cai', 'Bí thư Tỉnh ủy'], validFrom: null, validTo: null },
    { label: 'Chủ tịch UBND tỉnh', names: ['Chủ tịch UBND tỉnh Lào Cai', 'Chủ tịch Ủy ban nhân dân tỉnh Lào Cai', 'Chủ tịch UBND tỉnh'], validFrom: null, validTo: null },
    { label: 'Chủ tịch HĐND tỉnh', names: ['Chủ tịch HĐND tỉnh Lào Cai', 'Chủ tịch Hội đồng nhân dân tỉnh Lào Cai'], validFrom: null, validTo: null },
    { label: 'Chủ tịch UBND tỉnh Yên Bái (cũ)', names: ['Chủ tịch UBND tỉnh Yên Bái', 'Chủ tịch Ủy ban nhân dân tỉnh Yên Bái'], validFrom: null, validTo: MERGER_DAY },
  ];
  const drafts = (await listDrafts(ctx.db, {})).filter((d) => d.stage === 'consultation' || d.stage === 'drafting' || d.stage === 'appraisal');
  const policies: Term[] = drafts.flatMap((d) => {
    const name = policyName(d.title);
    return name ? [{ label: d.title.slice(0, 200), names: [name], validFrom: null, validTo: null }] : [];
  });

  const lists: { name: string; kind: string; terms: Term[]; query?: string }[] = [
    { name: 'Địa danh trong tỉnh (tên cũ và mới)', kind: 'place', terms: places },
    { name: 'Lãnh đạo tỉnh', kind: 'leader', terms: leaders },
    { name: 'Cơ quan cấp tỉnh', kind: 'agency', terms: agencies },
    { name: 'Chính sách đang lấy ý kiến', kind: 'policy', terms: policies },
    { name: 'Sạt lở, lũ quét trong tỉnh', kind: 'query', terms: [], query: '("sạt lở" OR "lũ quét" OR "ngập lụt") AND ("Lào Cai" OR "Yên Bái")' },
  ];
  await ctx.db.transaction(async (tx) => {
    for (const l of lists) {
      if (l.kind !== 'query' && !l.terms.length) continue;
      const id = randomUUID();
      await tx.insert(monitoringWatchlists).values({ id, name: l.name, kind: l.kind, query: l.query ?? null });
      if (l.terms.length) await tx.insert(monitoringWatchTerms).values(l.terms.map((t, position) => ({ id: randomUUID(), watchlistId: id, position, label: t.label, names: t.names, validFrom: t.validFrom, validTo: t.validTo, note: t.note ?? null })));
    }
  });
  forgetWatchlists(ctx.db);
  return true;
}

/** A searchable name for a draft: its title without the kind of document and "on the territory of…" (at most 12 syllables). */
export function policyName(title: string): string | null {
  let t = cleanText(title)
    .replace(/^(dự thảo\s+)?(nghị quyết|quyết định|chỉ thị|kế hoạch|đề án)\s+(quy định|ban hành|về|phê duyệt)?\s*/i, '')
    .replace(/\s+(trên địa bàn|tại|của)\s.*$/i, '')
    .trim();
  const words = t.split(/\s+/);
  if (words.length > 12) t = words.slice(0, 12).join(' ');
  return t && checkWatchName(t) === null ? t : null;
}
