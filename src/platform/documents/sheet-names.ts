/**
 * Excel worksheet names: at most 31 characters, none of : \ / ? * [ ], no leading or trailing
 * apostrophe, not "History", unique regardless of case.
 */

const MAX = 31;

/** Cuts a string to `n` code points so a surrogate pair is never split. */
function cut(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}

/** Makes one name legal for Excel without guaranteeing uniqueness; "/" and friends become "-". */
export function sanitizeSheetName(name: string): string {
  let s = name
    .normalize('NFC')
    // Control characters are invalid in the workbook XML; the forbidden set is Excel's own rule.
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  s = cut(s, MAX).trim().replace(/^'+|'+$/g, '').trim();
  if (s === '' || s.toLowerCase() === 'history') return s === '' ? 'Sheet' : `${s}_`;
  return s;
}

/** Hands out sanitised, case-insensitively unique names: "Báo cáo", "Báo cáo (2)", … */
export class SheetNamer {
  private readonly used = new Set<string>();

  /** Returns a legal name not handed out before by this namer. */
  next(name: string): string {
    const base = sanitizeSheetName(name);
    let candidate = base;
    for (let n = 2; this.used.has(candidate.toLocaleLowerCase('vi-VN')); n++) {
      const suffix = ` (${n})`;
      candidate = `${cut(base, MAX - suffix.length).trimEnd()}${suffix}`;
    }
    this.used.add(candidate.toLocaleLowerCase('vi-VN'));
    return candidate;
  }
}
