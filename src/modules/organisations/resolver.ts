/**
 * Resolves unit names as written in documents ("Sở TT&TT", "Đề nghị Ban Tuyên giáo Tỉnh ủy", "UBND các huyện, thị
 * xã, thành phố") to the units valid at a date, and answers tree / group / succession questions about a snapshot.
 *
 * Matching is exact on a canonical key (see `canonicalKey`), never fuzzy: a name that fits several units is
 * 'ambiguous' and one that fits none is 'unresolved', so an import never guesses.
 */
import { fold, isIsoDate } from '../../platform/text';
import { ABBREVIATIONS, LEADING_NOISE } from './abbreviations';
import type { GroupRecord, IsoDate, OrgSnapshot, SuccessionRecord, TreeNode, UnitRecord, UnitType } from './types';

export type { TreeNode } from './types';

export type ResolvedVia = 'name' | 'abbreviation' | 'alias' | 'other-name';

export type Resolution =
  | { status: 'unit'; input: string; unitIds: string[]; via: ResolvedVia }
  /** unitIds: the group's members as of the date. */
  | { status: 'group'; input: string; groupId: string; unitIds: string[] }
  /** candidateIds: unit ids, and group ids when a group phrase also fits. */
  | { status: 'ambiguous'; input: string; candidateIds: string[] }
  | { status: 'unresolved'; input: string };

export interface OrgResolver {
  /** Finds the unit or group a written name means at `at`; several fits → 'ambiguous', none → 'unresolved'. */
  resolve(name: string, at: IsoDate): Resolution;
  /** Units valid at `at`, in snapshot order. */
  unitsAt(at: IsoDate): UnitRecord[];
  /** Ids of the group's members valid at `at`; [] when the group is unknown or not valid at `at`. */
  groupMembers(groupId: string, at: IsoDate): string[];
  /** The forest of units valid at `at`; a unit whose parent is not valid then is a root. */
  treeAt(at: IsoDate): TreeNode[];
  /** Direct successors (merge, rename, split, transfer targets) of a unit, in succession order. */
  successorsOf(unitId: string): UnitRecord[];
  /** The units valid at `at` that carry on a unit's duties, following successions; [unit] when it is still valid. */
  successorsAt(unitId: string, at: IsoDate): UnitRecord[];
  /** The unit's name at `at` (names never change in place), or null when the unit is not valid then. */
  nameAt(unitId: string, at: IsoDate): string | null;
}

// How a reader expects a Vietnamese organisation chart: the government and the People's Committee first, then
// departments, district and commune committees, then Party, police, press and mass organisations.
const TYPE_ORDER: readonly string[] = ['chinh_phu', 'bo', 'ubnd_tinh', 'hdnd_tinh', 'van_phong', 'so', 'thanh_tra', 'ban', 'ubnd_huyen', 'ubnd_xa', 'dang', 'cong_an', 'quan_su', 'hoi_dong', 'trung_tam', 'bao_chi', 'doan_the', 'khac'];
const collator = new Intl.Collator('vi');

function sortTree(nodes: TreeNode[]): void {
  const rank = (n: TreeNode) => (TYPE_ORDER.indexOf(n.unit.type) + TYPE_ORDER.length + 1) % (TYPE_ORDER.length + 1);
  nodes.sort((a, b) => rank(a) - rank(b) || collator.compare(a.unit.name, b.unit.name));
  for (const n of nodes) sortTree(n.children);
}

/** True when the unit (or group) is valid on `at` (validTo is exclusive). */
export function isValidAt(r: { validFrom: IsoDate; validTo: IsoDate | null }, at: IsoDate): boolean {
  return r.validFrom <= at && (r.validTo === null || at < r.validTo);
}

// ── Canonical keys ───────────────────────────────────────────────────────────────────────────────────────────

const PARENTHESISED = /\([^()]*\)/g;
const AMPERSAND = /&/g;
const NON_WORD = /[^a-z0-9]+/g;

/** Folded words of a text: "(…)" dropped, "&" read as "và", punctuation and dashes as spaces. */
function words(text: string): string[] {
  const s = fold(text.replace(PARENTHESISED, ' ').replace(AMPERSAND, ' và ')).replace(NON_WORD, ' ').trim();
  return s === '' ? [] : s.split(' ');
}

interface Phrase {
  words: string[];
  code: string;
}

/** Abbreviation phrases by first word, longest first. */
const PHRASES: Map<string, Phrase[]> = (() => {
  const byFirst = new Map<string, Phrase[]>();
  for (const entry of ABBREVIATIONS) {
    for (const form of entry.forms) {
      const w = words(form);
      const first = w[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ words: w, code: entry.code });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

const NOISE: string[][] = LEADING_NOISE.map(words);

function startsWith(w: string[], prefix: string[], at = 0): boolean {
  if (w.length - at < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (w[at + i] !== prefix[i]) return false;
  return true;
}

/**
 * The key two names share when they mean the same thing: folded, punctuation-free, leading "Đề nghị"/"các" dropped,
 * every known long or short form replaced by its code ("Sở Thông tin & Truyền thông" → "so tttt").
 */
export function canonicalKey(text: string): string {
  let w = words(text);
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const n of NOISE) {
      if (w.length > n.length && startsWith(w, n)) {
        w = w.slice(n.length);
        dropped = true;
      }
    }
  }
  const out: string[] = [];
  for (let i = 0; i < w.length; ) {
    const match = PHRASES.get(w[i] as string)?.find((p) => startsWith(w, p.words, i));
    if (match) {
      out.push(match.code);
      i += match.words.length;
    } else {
      out.push(w[i] as string);
      i++;
    }
  }
  return out.join(' ');
}

// ── Index ────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Types whose name is still specific without "tỉnh" ("Sở Tư pháp", "Trung tâm Điều hành thông minh"); for the
 * others ("Công an", "Ủy ban nhân dân", "Thanh tra", "Hội Nhà báo") the bare head word is not a unit.
 */
const BARE_NAME_TYPES: ReadonlySet<UnitType> = new Set(['so', 'ban', 'van_phong', 'trung_tam', 'bao_chi']);

const VIA_RANK: Record<ResolvedVia, number> = { name: 0, abbreviation: 1, 'other-name': 2, alias: 3 };

type Entry =
  | { kind: 'unit'; unit: UnitRecord; via: ResolvedVia; from: IsoDate | null; to: IsoDate | null }
  | { kind: 'group'; group: GroupRecord };

/**
 * Keys under which a provincial unit's written form is found. "tỉnh" alone stands for the province of the date, so
 * "Sở Tư pháp tỉnh Yên Bái" is also found as "Sở Tư pháp tỉnh" and "Sở Tư pháp", but only while Yên Bái's units
 * are valid; a "tỉnh Yên Bái" qualifier never matches a Lào Cai unit.
 */
function provincialKeys(key: string, u: UnitRecord, place: string): string[] {
  const padded = ` ${key}`;
  if (padded.endsWith(` tinh uy ${place}`)) return [key, key.slice(0, -(place.length + 1))];
  if (padded.endsWith(' tinh uy')) return [key, `${key} ${place}`];
  let base: string;
  let hadQualifier = true;
  if (padded.endsWith(` tinh ${place}`)) base = padded.slice(0, -(place.length + 6)).trim();
  else if (padded.endsWith(' tinh')) base = padded.slice(0, -5).trim();
  else if (padded.endsWith(` ${place}`)) return [key]; // "Báo Yên Bái", "Tỉnh đoàn Yên Bái": the place is the name
  else {
    base = key;
    hadQualifier = false;
  }
  if (base === '') return [key];
  const keys = [key, `${base} tinh`, `${base} tinh ${place}`];
  if (hadQualifier && BARE_NAME_TYPES.has(u.type)) keys.push(base);
  return keys;
}

function addEntry(index: Map<string, Entry[]>, key: string, entry: Entry): void {
  if (key === '') return;
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

function buildIndex(snapshot: OrgSnapshot): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const provincePlaces = new Set(snapshot.units.filter((u) => u.type === 'ubnd_tinh' && u.place).map((u) => canonicalKey(u.place as string)));
  const byId = new Map(snapshot.units.map((u) => [u.id, u]));

  const addUnitForm = (u: UnitRecord, form: string, via: ResolvedVia, from: IsoDate | null = null, to: IsoDate | null = null) => {
    const key = canonicalKey(form);
    const place = u.level === 'province' && u.place ? canonicalKey(u.place) : null;
    const keys = place !== null && provincePlaces.has(place) ? provincialKeys(key, u, place) : [key];
    for (const k of new Set(keys)) addEntry(index, k, { kind: 'unit', unit: u, via, from, to });
  };

  for (const u of snapshot.units) {
    addUnitForm(u, u.name, 'name');
    if (u.shortName) addUnitForm(u, u.shortName, 'name');
    for (const a of u.abbreviations) addUnitForm(u, a, 'abbreviation');
    for (const o of u.otherNames) addUnitForm(u, o, 'other-name');
  }
  for (const a of snapshot.aliases) {
    const u = byId.get(a.unitId);
    if (u) addUnitForm(u, a.alias, 'alias', a.validFrom, a.validTo);
  }
  for (const g of snapshot.groups) {
    for (const k of new Set([g.name, ...g.aliases].map(canonicalKey))) addEntry(index, k, { kind: 'group', group: g });
  }
  return index;
}

// ── Resolver ─────────────────────────────────────────────────────────────────────────────────────────────────

const CACHE_LIMIT = 10_000;

function assertDate(at: IsoDate): void {
  if (!isIsoDate(at)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${at}`);
}

/** Builds the indexes of a snapshot once; every later call is a map look-up plus a filter by date. */
export function createResolver(snapshot: OrgSnapshot): OrgResolver {
  const index = buildIndex(snapshot);
  const byId = new Map(snapshot.units.map((u) => [u.id, u]));
  const groupsById = new Map(snapshot.groups.map((g) => [g.id, g]));
  const successionsFrom = new Map<string, SuccessionRecord[]>();
  for (const s of snapshot.successions) {
    const list = successionsFrom.get(s.fromId) ?? [];
    list.push(s);
    successionsFrom.set(s.fromId, list);
  }
  const keyCache = new Map<string, string>();
  const memberCache = new Map<string, string[]>();

  const keyOf = (name: string): string => {
    let key = keyCache.get(name);
    if (key === undefined) {
      if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
      key = canonicalKey(name);
      keyCache.set(name, key);
    }
    return key;
  };

  const membersOf = (g: GroupRecord, at: IsoDate): string[] => {
    const cacheKey = `${g.id}|${at}`;
    const hit = memberCache.get(cacheKey);
    if (hit) return hit;
    const { types, levels, parentId, unitIds } = g.rule;
    const hasFilter = types !== undefined || levels !== undefined || parentId !== undefined;
    const listed = new Set(unitIds ?? []);
    const members = snapshot.units
      .filter((u) => isValidAt(u, at))
      .filter(
        (u) =>
          listed.has(u.id) ||
          (hasFilter &&
            (types === undefined || types.includes(u.type)) &&
            (levels === undefined || levels.includes(u.level)) &&
            (parentId === undefined || u.parentId === parentId)),
      )
      .map((u) => u.id);
    if (memberCache.size >= CACHE_LIMIT) memberCache.clear();
    memberCache.set(cacheKey, members);
    return members;
  };

  return {
    resolve(name, at) {
      assertDate(at);
      const input = name;
      const entries = index.get(keyOf(name));
      if (!entries) return { status: 'unresolved', input };
      const units = new Map<string, ResolvedVia>();
      const groups: GroupRecord[] = [];
      for (const e of entries) {
        if (e.kind === 'group') {
          if (isValidAt(e.group, at) && !groups.includes(e.group)) groups.push(e.group);
          continue;
        }
        if (!isValidAt(e.unit, at)) continue;
        if ((e.from !== null && at < e.from) || (e.to !== null && at >= e.to)) continue;
        const seen = units.get(e.unit.id);
        if (seen === undefined || VIA_RANK[e.via] < VIA_RANK[seen]) units.set(e.unit.id, e.via);
      }
      const [onlyGroup] = groups;
      if (units.size === 0 && groups.length === 1 && onlyGroup) {
        return { status: 'group', input, groupId: onlyGroup.id, unitIds: [...membersOf(onlyGroup, at)] };
      }
      if (units.size === 1 && groups.length === 0) {
        const [[unitId, via]] = [...units] as [[string, ResolvedVia]];
        return { status: 'unit', input, unitIds: [unitId], via };
      }
      if (units.size === 0 && groups.length === 0) return { status: 'unresolved', input };
      return { status: 'ambiguous', input, candidateIds: [...units.keys(), ...groups.map((g) => g.id)] };
    },

    unitsAt(at) {
      assertDate(at);
      return snapshot.units.filter((u) => isValidAt(u, at));
    },

    groupMembers(groupId, at) {
      assertDate(at);
      const g = groupsById.get(groupId);
      return g && isValidAt(g, at) ? [...membersOf(g, at)] : [];
    },

    treeAt(at) {
      assertDate(at);
      const valid = snapshot.units.filter((u) => isValidAt(u, at));
      const nodes = new Map<string, TreeNode>(valid.map((u) => [u.id, { unit: u, children: [] }]));
      const roots: TreeNode[] = [];
      for (const u of valid) {
        const node = nodes.get(u.id) as TreeNode;
        const parent = u.parentId === null ? undefined : nodes.get(u.parentId);
        if (parent) parent.children.push(node);
        else roots.push(node);
      }
      sortTree(roots);
      return roots;
    },

    successorsOf(unitId) {
      const out: UnitRecord[] = [];
      for (const s of successionsFrom.get(unitId) ?? []) {
        const u = s.toId === null ? undefined : byId.get(s.toId);
        if (u && !out.includes(u)) out.push(u);
      }
      return out;
    },

    successorsAt(unitId, at) {
      assertDate(at);
      const start = byId.get(unitId);
      if (!start) return [];
      if (isValidAt(start, at)) return [start];
      const out: UnitRecord[] = [];
      const seen = new Set([unitId]);
      let frontier = [unitId];
      while (frontier.length > 0) {
        const next: string[] = [];
        for (const id of frontier) {
          const from = byId.get(id);
          for (const s of successionsFrom.get(id) ?? []) {
            if (s.toId === null || seen.has(s.toId) || s.effectiveOn > at) continue;
            // past the start, follow only where a successor went when it closed, not what it handed on while open
            if (id !== unitId && s.effectiveOn !== from?.validTo) continue;
            seen.add(s.toId);
            const u = byId.get(s.toId);
            if (!u) continue;
            if (isValidAt(u, at)) out.push(u);
            else if (u.validTo !== null && u.validTo <= at) next.push(u.id);
          }
        }
        frontier = next;
      }
      return out;
    },

    nameAt(unitId, at) {
      assertDate(at);
      const u = byId.get(unitId);
      return u && isValidAt(u, at) ? u.name : null;
    },
  };
}
