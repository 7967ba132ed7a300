/**
 * A deterministic corpus of Vietnamese comments on a draft decree, for the near-duplicate benchmark (issue 13):
 * planted campaigns of long-tailed sizes (2 … 5 % of the corpus, i.e. 50,000 in a million), each member an edit of
 * its campaign's template by 5–30 % of its syllables, plus distinct comments, with the truth (campaign per comment).
 *
 * Streaming: the plan holds one Int32Array (the campaign of each position, -1 for distinct) and the campaign
 * templates; each comment is generated from its own seeded PRNG when asked for, so any comment can be drawn
 * again alone (`commentAt`) and the million texts never need to be in memory at once.
 */
import { BODIES, CHANNELS, CLOSINGS, CONNECTORS, CONTEXTS, DIFFICULTIES, EVAL_SUBJECTS, EVALS, FILLERS, GROUPS, PLACE_KINDS, PLACE_NAMES, ROLES, STORY_OPENERS, SUBSTITUTES, SYNONYMS, TOPICS, type Topic } from './comment-corpus-vocab';

export interface CorpusOptions {
  size: number;
  seed?: number;
  /** The largest campaign as a share of the corpus (default 0.05). */
  largestShare?: number;
}

export interface CorpusPlan {
  size: number;
  seed: number;
  /** Members of each campaign (campaign c has campaignSizes[c] members), largest first. */
  campaignSizes: number[];
  /** The campaign of the comment at each position, or -1 for a distinct comment. */
  truth: Int32Array;
}

export interface GeneratedComment {
  index: number;
  text: string;
  /** The planted campaign, or -1. */
  campaign: number;
  /** Share of the template's syllables edited (0 for a distinct comment). */
  editShare: number;
}

/** Edits of 5–30 % of the template's syllables, as the issue asks. */
export const MIN_EDIT = 0.05;
export const MAX_EDIT = 0.3;
const DEFAULT_SEED = 20261202;

/** mulberry32: a small, fast, seeded generator (statistical quality is ample for test data). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

/**
 * Campaign sizes falling as 1/rank (Zipf), the largest `largestShare` of the corpus, down to pairs: at a million
 * comments about 25,000 campaigns hold about half of the comments; the rest are distinct.
 */
export function planCorpus(opts: CorpusOptions): CorpusPlan {
  const seed = opts.seed ?? DEFAULT_SEED;
  const largest = Math.max(2, Math.round(opts.size * (opts.largestShare ?? 0.05)));
  const sizes: number[] = [];
  let members = 0;
  for (let rank = 1; ; rank++) {
    const s = Math.floor(largest / rank);
    if (s < 2 || members + s > opts.size * 0.6) break;
    sizes.push(s);
    members += s;
  }
  const truth = new Int32Array(opts.size).fill(-1);
  let at = 0;
  sizes.forEach((s, c) => truth.fill(c, at, (at += s)));
  const rnd = prng(mix(seed, 1));
  for (let i = truth.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = truth[i]!;
    truth[i] = truth[j]!;
    truth[j] = t;
  }
  return { size: opts.size, seed, campaignSizes: sizes, truth };
}

/** Streams the plan's comments in order. */
export function* generateComments(plan: CorpusPlan, from = 0, to = plan.size): Generator<GeneratedComment> {
  const templates = new Map<number, string[]>();
  for (let index = from; index < to; index++) yield commentAt(plan, index, templates);
}

/**
 * The comment at `index` (past plan.size too: positions there are new comments, every other one a new member of
 * a campaign chosen in proportion to its size, the others distinct). `templates` caches campaign templates.
 */
export function commentAt(plan: CorpusPlan, index: number, templates = new Map<number, string[]>()): GeneratedComment {
  const rnd = prng(mix(plan.seed, index + 1_000_003));
  const campaign = index < plan.size ? plan.truth[index]! : index % 2 === 0 ? plan.truth[Math.floor(rnd() * plan.size)]! : -1;
  if (campaign < 0) return { index, text: render(composeComment(rnd)), campaign, editShare: 0 };
  let template = templates.get(campaign);
  if (!template) {
    template = composeComment(prng(mix(plan.seed, 7_000_001 + campaign)));
    templates.set(campaign, template);
  }
  const editShare = MIN_EDIT + rnd() * (MAX_EDIT - MIN_EDIT);
  return { index, text: surface(editWords(template, editShare, rnd), rnd), campaign, editShare };
}

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

function amount(rnd: Rnd): string {
  const n = pick(rnd, [20, 30, 50, 75, 100, 150, 200, 250, 300, 500, 750, 1000, 1500, 2000, 3000]) * 1000;
  return n.toLocaleString('de-DE');
}

/** Fills the {SLOT}s of a phrase and makes its "(a|b|c)" choices. */
function fill(rnd: Rnd, s: string): string {
  const slotted = s.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'AMOUNT': return amount(rnd);
      case 'N': return String(int(rnd, 2, 30));
      case 'YEAR': return String(int(rnd, 2026, 2032));
      case 'YEARS': {
        const from = int(rnd, 2026, 2030);
        return `${from} đến ${from + int(rnd, 1, 5)}`;
      }
      case 'MONTH': return String(int(rnd, 1, 12));
      case 'GROUP': return pick(rnd, GROUPS);
      case 'DIFFICULTY': return pick(rnd, DIFFICULTIES);
      case 'CHANNEL': return pick(rnd, CHANNELS);
      case 'PLACE': return `${pick(rnd, PLACE_KINDS)} ${pick(rnd, PLACE_NAMES)}`;
      default: return slot;
    }
  });
  return slotted.replace(/\(([^()]*)\)/g, (_, options: string) => pick(rnd, options.split('|')));
}

type Kind = 'reference' | 'argument' | 'story' | 'proposal' | 'context';

function sentenceOf(rnd: Rnd, topic: Topic, kind: Kind): string {
  switch (kind) {
    case 'reference': {
      const clause = rnd() < 0.5 ? `khoản ${int(rnd, 1, 6)}` : `điểm ${pick(rnd, ['a', 'b', 'c', 'd', 'đ', 'e'])} khoản ${int(rnd, 1, 5)}`;
      return fill(rnd, `(Tại|Ở|Theo) ${clause} Điều ${int(rnd, 1, 40)} (của dự thảo|dự thảo) (có quy định|quy định|nêu|ghi) ${pick(rnd, topic.rules)}.`);
    }
    case 'argument':
      return fill(rnd, `${pick(rnd, EVAL_SUBJECTS)} ${pick(rnd, EVALS)}, ${pick(rnd, CONNECTORS)} ${pick(rnd, topic.reasons)}.`);
    case 'story':
      return fill(rnd, `${pick(rnd, STORY_OPENERS)} ${pick(rnd, topic.stories)}, (trong khi|mà|lại thêm) ${pick(rnd, GROUPS)} ${pick(rnd, DIFFICULTIES)}.`);
    case 'context':
      return fill(rnd, pick(rnd, CONTEXTS));
    case 'proposal': {
      const who = rnd() < 0.6 ? `(Đề nghị|Kính đề nghị|Tôi kiến nghị|Mong|Tôi đề xuất) ${pick(rnd, BODIES)}` : `${pick(rnd, BODIES)} (nên|cần|cần xem xét|phải)`;
      return fill(rnd, `${who} ${pick(rnd, topic.actions)}${rnd() < 0.4 ? ` (và|đồng thời|cũng như) ${pick(rnd, topic.actions)}` : ''}.`);
    }
  }
}

function opener(rnd: Rnd, topic: Topic): string {
  const place = `${pick(rnd, PLACE_KINDS)} ${pick(rnd, PLACE_NAMES)}`;
  switch (int(rnd, 0, 3)) {
    case 0: return fill(rnd, `Tôi là ${pick(rnd, ROLES)} (ở|tại|sống ở) ${place}, (năm nay ${int(rnd, 19, 80)} tuổi|đã làm nghề ${int(rnd, 2, 35)} năm|gia đình có ${int(rnd, 2, 9)} người).`);
    case 1: return fill(rnd, `(Qua nghiên cứu|Sau khi đọc kỹ|Đọc) dự thảo ${pick(rnd, topic.doc)}, tôi xin góp ý (một số|hai|ba|mấy) (nội dung|điểm|vấn đề) như sau.`);
    case 2: return fill(rnd, `Kính gửi ${pick(rnd, BODIES)}, tôi là ${pick(rnd, ROLES)} ở ${place}.`);
    default: return fill(rnd, `Thay mặt (các hộ|bà con|các thành viên) ở ${place}, tôi (xin|muốn) (phản ánh|góp ý|nêu) (một số|mấy) ý kiến.`);
  }
}

/** A comment of 50–150 syllables as a list of words (punctuation stays glued to its word). */
function composeComment(rnd: Rnd): string[] {
  const topic = pick(rnd, TOPICS);
  const target = int(rnd, 50, 150);
  // each sentence is put in the writer's own words as it is written, so the syllable count is the final one
  const write = (x: string) => inOwnWords(x, rnd);
  // words between spaces: the same count as tokenize() for these sentences, at a fraction of the cost
  const count = (x: string) => x.split(' ').length;
  const head = rnd() < 0.7 ? [write(opener(rnd, topic))] : [];
  const kinds: Kind[] = ['argument', 'proposal', ...(rnd() < 0.5 ? (['reference'] as const) : []), ...(rnd() < 0.6 ? (['context'] as const) : [])];
  const body: string[] = [];
  let words = head.reduce((n, x) => n + count(x), 0);
  for (let k = 0; words < target; k++) {
    const kind = k < kinds.length ? kinds[k]! : pick(rnd, ['argument', 'story', 'proposal', 'story', 'argument', 'context'] as const);
    const x = write(sentenceOf(rnd, topic, kind));
    if (words + count(x) > 150) {
      if (words >= 50) break;
      continue;
    }
    body.push(x);
    words += count(x);
  }
  // people argue in their own order: only the opening and the closing have a fixed place
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [body[i], body[j]] = [body[j]!, body[i]!];
  }
  const closing = write(fill(rnd, pick(rnd, CLOSINGS)));
  const tail = words + count(closing) <= 150 && rnd() < 0.7 ? [closing] : [];
  return [...head, ...body, ...tail].join(' ').split(' ');
}

const SYNONYM_OF = new Map(SYNONYMS.flatMap((set) => set.map((w) => [w, set] as const)));
// longest phrases first, whole words only (\p{L} on both sides would be a part of another word)
const SYNONYM_RE = new RegExp(`(?<![\\p{L}\\p{M}])(${[...SYNONYM_OF.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/** Rewords a text as someone writing in their own words would: each listed phrase may become one of its synonyms. */
function inOwnWords(text: string, rnd: Rnd): string {
  return text.replace(SYNONYM_RE, (w) => (rnd() < 0.3 ? w : pick(rnd, SYNONYM_OF.get(w)!)));
}

/** Edits a template's words until `share` of them is touched: substitutions, deletions, insertions, local swaps. */
function editWords(template: readonly string[], share: number, rnd: Rnd): string[] {
  const words = [...template];
  const budget = Math.max(1, Math.round(share * template.length));
  for (let spent = 0; spent < budget; ) {
    const op = rnd();
    const at = Math.floor(rnd() * words.length);
    const left = budget - spent;
    if (op < 0.35) {
      words[at] = pick(rnd, SUBSTITUTES);
      spent += 1;
    } else if (op < 0.6) {
      const n = Math.min(left, int(rnd, 1, 3), words.length - at);
      words.splice(at, n);
      spent += n;
    } else if (op < 0.85) {
      const phrase = pick(rnd, FILLERS).split(' ').slice(0, left);
      words.splice(at, 0, ...phrase);
      spent += phrase.length;
    } else if (at + 1 < words.length && left >= 2) {
      // local reordering: two neighbouring words, or two short neighbouring spans
      const n = Math.min(int(rnd, 1, 2), Math.floor(left / 2), Math.floor((words.length - at) / 2));
      if (n < 1) continue;
      const a = words.slice(at, at + n);
      const b = words.slice(at + n, at + 2 * n);
      words.splice(at, 2 * n, ...b, ...a);
      spent += 2 * n;
    }
  }
  return words;
}

const TONE_PLACEMENT: Array<[RegExp, string]> = [
  [/òa/g, 'oà'], [/óa/g, 'oá'], [/ỏa/g, 'oả'], [/õa/g, 'oã'], [/ọa/g, 'oạ'],
  [/òe/g, 'oè'], [/óe/g, 'oé'], [/ỏe/g, 'oẻ'], [/ùy/g, 'uỳ'], [/úy/g, 'uý'], [/ủy/g, 'uỷ'], [/ũy/g, 'uỹ'], [/ụy/g, 'uỵ'],
];

function stripAccents(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Changes that do not change the words: accent loss, tone placement, case, punctuation and spacing. */
function surface(words: string[], rnd: Rnd): string {
  const accents = rnd();
  const lossOf = accents < 0.5 ? 0 : accents < 0.75 ? 0.3 + rnd() * 0.6 : 1;
  let out = words.map((w) => (rnd() < lossOf ? stripAccents(w) : w));
  const style = rnd();
  if (style < 0.15) out = out.map((w) => w.toLowerCase());
  else if (style < 0.2) out = out.map((w) => w.toUpperCase());
  else if (style < 0.3) out = out.map((w) => (rnd() < 0.2 ? w.charAt(0).toUpperCase() + w.slice(1) : w));
  let text = out.join(rnd() < 0.1 ? '  ' : ' ');
  if (rnd() < 0.3) for (const [from, to] of TONE_PLACEMENT) text = text.replace(from, to);
  const punct = rnd();
  if (punct < 0.2) text = text.replace(/[.,!?;:]/g, '');
  else if (punct < 0.35) text = text.replace(/\. /g, '.\n');
  else if (punct < 0.45) text = `${text.replace(/[.]$/, '')}!!!`;
  return text;
}

function render(words: string[]): string {
  return words.join(' ');
}
