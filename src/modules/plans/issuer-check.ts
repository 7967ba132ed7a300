import type { Directory, UnitRecord } from '../organisations';
import type { ParsedPlan } from './parser';

/**
 * Whether a plan was issued inside this province (today's province and the provinces whose work it carries, e.g.
 * Yên Bái for Lào Cai since 01/7/2025). A plan of another province says "Các sở, ban, ngành" about that province's
 * departments, so its group phrases must not be expanded to ours without a person saying so.
 */
export interface IssuerCheck {
  status: 'own' | 'other' | 'unknown';
  /** The province (or central body) the issuer belongs to, when known. */
  issuerProvince: string | null;
  /** A Vietnamese sentence for the coordinator; null when the plan is the province's own. */
  message: string | null;
}

const PROVINCE_WORD = /\b(?:tỉnh|thành phố)\s+([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})/u;

function rootOf(dir: Directory, unit: UnitRecord): UnitRecord {
  let current = unit;
  for (let i = 0; i < 20 && current.parentId; i++) {
    const parent = dir.unit(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/** The province-level roots valid `today`, and every closed root whose work they carry. */
function homeRoots(dir: Directory, today: string): Set<string> {
  const roots = dir.resolver.unitsAt(today).filter((u) => u.parentId === null && u.level === 'province').map((u) => u.id);
  return new Set(roots.flatMap((id) => [id, ...dir.carriers.inheritedBy(id, today)]));
}

/** Places printed by units of this province (the province, its districts and communes, old and new). */
function homePlaces(dir: Directory, home: Set<string>): Set<string> {
  const places = new Set<string>();
  for (const u of dir.snapshot.units) if (u.place && home.has(rootOf(dir, u).id)) places.add(placeKey(u.place));
  return places;
}

const placeKey = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** Whether a unit is this province's (any level, old or new), as opposed to a central body or another province's. */
export function homeUnitTest(dir: Directory, today: string): (unitId: string) => boolean {
  const home = homeRoots(dir, today);
  return (unitId) => {
    const unit = dir.unit(unitId);
    return unit !== undefined && home.has(rootOf(dir, unit).id);
  };
}

function other(where: string, issuer: string): IssuerCheck {
  // "Ủy ban nhân dân tỉnh Lâm Đồng", not "Ủy ban nhân dân tỉnh Lâm Đồng (Lâm Đồng)"
  const who = placeKey(issuer).includes(placeKey(where)) ? issuer : `${issuer} (${where})`;
  return {
    status: 'other',
    issuerProvince: where,
    message: `Kế hoạch do ${who} ban hành, không phải của tỉnh. Tên đơn vị như “Sở Tư pháp” và cụm từ chung như “Các sở, ban, ngành” trong văn bản nói về đơn vị của nơi ban hành, nên không được tự động hiểu là đơn vị của tỉnh: hãy chọn đơn vị cho từng tên, bỏ qua, hoặc xác nhận dùng đơn vị của tỉnh.`,
  };
}

/**
 * Decides whether the plan's issuer is of this province: the place line first ("Điện Biên, ngày …" under "Sở Nội
 * vụ" is not our Sở Nội vụ), then the resolved issuer, then a province named in the issuer or the title.
 */
export function checkIssuer(dir: Directory, plan: ParsedPlan, at: string, today: string): IssuerCheck {
  const home = homeRoots(dir, today);
  const places = homePlaces(dir, home);
  const issuer = plan.issuer ?? 'một cơ quan';
  if (plan.place) return places.has(placeKey(plan.place)) ? { status: 'own', issuerProvince: plan.place, message: null } : other(plan.place, issuer);
  const resolved = plan.issuer ? dir.resolver.resolve(plan.issuer, at) : null;
  if (resolved?.status === 'unit') {
    const unit = dir.unit(resolved.unitIds[0]!)!;
    const root = rootOf(dir, unit);
    if (home.has(root.id)) return { status: 'own', issuerProvince: root.place, message: null };
    return other(root.level === 'central' ? root.name : (root.place ?? root.name), unit.name);
  }
  const named = [plan.issuer, plan.title].map((s) => (s ? PROVINCE_WORD.exec(s)?.[1] : undefined)).find((s) => s !== undefined);
  if (named) return places.has(placeKey(named)) ? { status: 'own', issuerProvince: named, message: null } : other(named, issuer);
  return { status: 'unknown', issuerProvince: null, message: 'Không xác định được cơ quan ban hành kế hoạch. Hãy kiểm tra trước khi mở rộng các cụm từ chung như “Các sở, ban, ngành” thành đơn vị của tỉnh.' };
}
