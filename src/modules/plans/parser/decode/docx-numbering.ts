/**
 * Automatic list numbering (word/numbering.xml): Word stores "1.", "a)", "-" outside the text,
 * so the labels are rebuilt here for the outline parser to see them.
 */
import { tokenizeXml } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
}

/** Numbering definitions of one .docx and the running counters of its lists. */
export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | null) {
    if (xml === null) return;
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let num: { abstractId: string; starts: Map<number, number> } | null = null;
    let overrideLevel = -1;
    for (const t of tokenizeXml(xml)) {
      if (t.type === 'close') {
        if (t.name === 'w:abstractNum') abstract = null;
        if (t.name === 'w:lvl') level = null;
        if (t.name === 'w:num') num = null;
        continue;
      }
      if (t.type !== 'open') continue;
      const val = t.attrs['w:val'] ?? '';
      if (t.name === 'w:abstractNum') {
        abstract = new Map();
        this.abstracts.set(t.attrs['w:abstractNumId'] ?? '', abstract);
      } else if (t.name === 'w:lvl' && abstract !== null) {
        level = { start: 1, format: 'decimal', text: '' };
        abstract.set(Number(t.attrs['w:ilvl'] ?? '0'), level);
      } else if (t.name === 'w:start' && level !== null) level.start = Number(val) || 1;
      else if (t.name === 'w:numFmt' && level !== null) level.format = val;
      else if (t.name === 'w:lvlText' && level !== null) level.text = val;
      else if (t.name === 'w:num') {
        num = { abstractId: '', starts: new Map() };
        this.nums.set(t.attrs['w:numId'] ?? '', num);
      } else if (t.name === 'w:abstractNumId' && num !== null) num.abstractId = val;
      else if (t.name === 'w:lvlOverride') overrideLevel = Number(t.attrs['w:ilvl'] ?? '-1');
      else if (t.name === 'w:startOverride' && num !== null && overrideLevel >= 0) num.starts.set(overrideLevel, Number(val) || 1);
    }
  }

  /** Advances list `numId` at level `ilvl` and returns the label to print ("2.1.", "a)", "-"), or null. */
  next(numId: string, ilvl: number): string | null {
    const num = this.nums.get(numId);
    const levels = num === undefined ? undefined : this.abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (num === undefined || levels === undefined || level === undefined) return null;
    const counts = this.counters.get(numId) ?? [];
    const startOf = (l: number): number => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : (counts[ilvl] ?? 0) + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    if (level.format === 'none') return null;
    if (level.format === 'bullet') return bulletText(level.text);
    return level.text.replace(/%(\d)/gu, (_m, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
    });
  }
}

// Symbol-font bullets live in the private use area; any of them reads as a dash.
function bulletText(text: string): string {
  const ch = text.trim();
  if (ch === '' || /[\ue000-\uf8ff]/u.test(ch)) return '-';
  return ch === '·' ? '•' : ch;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function letter(n: number): string {
  const i = Math.max(1, n) - 1;
  return String.fromCharCode(97 + (i % 26)).repeat(Math.floor(i / 26) + 1);
}

function roman(n: number): string {
  const table: ReadonlyArray<readonly [number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
