/**
 * Watchlists: the province's names old and new, communes, leaders, agencies, policies, each with several names
 * and validity dates. Matching is one pass over the syllables with a hash of first syllables, so 1,000 terms cost
 * about as much as ten: no regex per name.
 */
import { todayVn, toneKey } from '../text';
import { syllableKeys, SYLLABLE, type IndexedText } from './indexed-text';
import type { Hit } from './match';

/**
 * One name of a term with options. `exact`: only the accents and capitals as written match (tone placement still
 * free), for short or ambiguous names such as "Sở Xây dựng" vs "sở xây dựng" or an acronym. Validity dates, when
 * given (even null), replace the term's for this name.
 */
export interface WatchName {
  name: string;
  exact?: boolean;
  validFrom?: string | null;
  validTo?: string | null;
}

/** A watched entity. Dates are ISO (YYYY-MM-DD), `validTo` exclusive; null means open-ended. */
export interface WatchTerm {
  id: string;
  label: string;
  names: (string | WatchName)[];
  validFrom: string | null;
  validTo: string | null;
}

/** The occurrences of one name of one term; `current` tells whether that name was in force at the document's date. */
export interface WatchHit {
  termId: string;
  label: string;
  name: string;
  hits: Hit[];
  current: boolean;
}

/** Names of one syllable and at most this many letters are matched exactly (case and accents) by default. */
const SHORT_NAME_LETTERS = 3;
const MAX_NAME_SYLLABLES = 12;

/** Why a name cannot be watched as typed (Vietnamese, for the form), or null when it is fine. */
export function checkWatchName(name: string | WatchName): string | null {
  const n = typeof name === 'string' ? { name } : name;
  const keys = syllableKeys(n.name);
  if (keys.length === 0) return `Tên "${n.name}" không có chữ hay số nào để tìm.`;
  if (keys.length > MAX_NAME_SYLLABLES) return `Tên "${n.name}" dài quá ${MAX_NAME_SYLLABLES} âm tiết.`;
  if (keys.length === 1 && keys[0]!.length <= 2 && !n.exact) {
    return `Tên "${n.name}" quá ngắn và dễ trùng với từ khác: hãy dùng tên đầy đủ hoặc đánh dấu "khớp chính xác".`;
  }
  return null;
}

interface Entry {
  term: number;
  name: number;
  keys: string[];
  /** Per-syllable exact forms (tone key + capitals) when the name matches exactly; null otherwise. */
  exact: string[] | null;
}

interface CompiledName {
  text: string;
  validFrom: string | null;
  validTo: string | null;
}

/** The tone-placement-free key of a syllable plus its pattern of capitals ("Hoà" and "Hòa" agree, "hòa" does not). */
function exactForm(syllable: string): string {
  let caps = '';
  for (const ch of syllable) caps += ch === ch.toLowerCase() ? 'l' : 'U';
  return `${toneKey(syllable)}\u0000${caps}`;
}

export class Watchlist {
  private readonly terms: WatchTerm[];
  private readonly names: CompiledName[][];
  /** First folded syllable → the names that start with it, longest first. */
  private readonly byFirst = new Map<string, Entry[]>();

  /** Compiles the names; names without any syllable are ignored (validate them with `checkWatchName`). */
  constructor(terms: WatchTerm[]) {
    this.terms = terms;
    this.names = terms.map((term, t) =>
      term.names.map((raw, k) => {
        const n: WatchName = typeof raw === 'string' ? { name: raw } : raw;
        const keys = syllableKeys(n.name);
        const isShort = keys.length === 1 && [...(keys[0] ?? '')].length <= SHORT_NAME_LETTERS;
        const isExact = n.exact ?? isShort;
        const first = keys[0];
        if (first !== undefined) {
          const entry: Entry = { term: t, name: k, keys, exact: isExact ? (n.name.normalize('NFC').match(SYLLABLE) ?? []).map(exactForm) : null };
          const list = this.byFirst.get(first);
          if (list) list.push(entry);
          else this.byFirst.set(first, [entry]);
        }
        return { text: n.name, validFrom: n.validFrom === undefined ? term.validFrom : n.validFrom, validTo: n.validTo === undefined ? term.validTo : n.validTo };
      }),
    );
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /**
   * Every name found in `doc`, grouped by term and name, in order of first appearance. A shorter name inside a
   * longer match of the same term ("Yên Bái" inside "tỉnh Yên Bái") is not reported twice. `at` is the document's
   * date for `current`: an ISO date, or a timestamp read as a date in Vietnam; today in Vietnam when absent.
   */
  find(doc: IndexedText, at?: string): WatchHit[] {
    const found: { entry: Entry; first: number; last: number }[] = [];
    const { keys, joined } = doc;
    for (let i = 0; i < keys.length; i++) {
      const entries = this.byFirst.get(keys[i]!);
      if (!entries) continue;
      for (const entry of entries) {
        const n = entry.keys.length;
        if (i + n > keys.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = joined[i + k - 1] === true && keys[i + k] === entry.keys[k];
        if (ok && entry.exact) {
          for (let k = 0; k < n && ok; k++) ok = exactForm(doc.text.slice(doc.starts[i + k], doc.ends[i + k])) === entry.exact[k];
        }
        if (ok) found.push({ entry, first: i, last: i + n - 1 });
      }
    }
    const kept = dropContained(found);
    const date = documentDate(at);
    const groups = new Map<string, WatchHit>();
    for (const f of kept.sort((a, b) => a.first - b.first)) {
      const term = this.terms[f.entry.term]!;
      const name = this.names[f.entry.term]![f.entry.name]!;
      const groupKey = `${f.entry.term}:${f.entry.name}`;
      let group = groups.get(groupKey);
      if (!group) {
        group = { termId: term.id, label: term.label, name: name.text, hits: [], current: inForce(name, date) };
        groups.set(groupKey, group);
      }
      group.hits.push({ start: doc.starts[f.first]!, end: doc.ends[f.last]!, term: name.text });
    }
    return [...groups.values()];
  }
}

/** Drops a match lying inside a longer match of the same term (the longest name wins). */
function dropContained<T extends { entry: Entry; first: number; last: number }>(found: T[]): T[] {
  const byLength = [...found].sort((a, b) => b.last - b.first - (a.last - a.first));
  const kept: T[] = [];
  for (const f of byLength) {
    const inside = kept.some((k) => k.entry.term === f.entry.term && k.first <= f.first && f.last <= k.last);
    if (!inside) kept.push(f);
  }
  return kept;
}

/** The document's calendar date in Vietnam: a timestamp is converted (17:30Z on 30/6 is already 1/7 there). */
function documentDate(at: string | undefined): string {
  if (at === undefined) return todayVn();
  if (at.length <= 10) return at;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? at.slice(0, 10) : todayVn(instant);
}

function inForce(name: CompiledName, date: string): boolean {
  return (name.validFrom === null || name.validFrom <= date) && (name.validTo === null || date < name.validTo);
}
