/**
 * Fonts declared in word/styles.xml, so a run without its own font still reveals a legacy
 * font (".VnTime", "VNI-Times") inherited from its style or the document defaults.
 */
import { tokenizeXml } from './xml';

/** Font look-ups resolved from styles.xml. */
export interface DocxStyles {
  /** Font of the document defaults (w:docDefaults), if declared. */
  defaultFont: string | null;
  /** Id of the default paragraph style ("Normal"). */
  defaultParagraphStyle: string | null;
  /** Font of a style, following its basedOn chain; null when none is declared. */
  fontOf(styleId: string | null): string | null;
}

interface StyleEntry {
  font: string | null;
  basedOn: string | null;
}

/** Picks the font name of a w:rFonts element, preferring a legacy Vietnamese font when one is named. */
export function fontOfAttrs(attrs: Readonly<Record<string, string>>): string | null {
  const names = [attrs['w:ascii'], attrs['w:hAnsi'], attrs['w:cs']].filter((n): n is string => n !== undefined);
  return names.find((n) => legacyFontKind(n) !== null) ?? names[0] ?? null;
}

/** Tells whether a font name is a TCVN3 (".VnTime", upper-case ".VnTimeH") or a VNI ("VNI-Times") font. */
export function legacyFontKind(font: string | null): { encoding: 'tcvn3' | 'vni'; upper: boolean } | null {
  if (font === null) return null;
  const f = font.trim();
  if (/^\.vn/iu.test(f)) return { encoding: 'tcvn3', upper: /h$/iu.test(f) };
  if (/^vni[-\s]/iu.test(f)) return { encoding: 'vni', upper: false };
  return null;
}

/** Reads styles.xml (or nothing) into font look-ups. */
export function readStyles(xml: string | null): DocxStyles {
  const styles = new Map<string, StyleEntry>();
  let defaultFont: string | null = null;
  let defaultParagraphStyle: string | null = null;
  if (xml !== null) {
    let current: StyleEntry | null = null;
    let inDefaults = false;
    for (const t of tokenizeXml(xml)) {
      if (t.type === 'open') {
        if (t.name === 'w:docDefaults') inDefaults = true;
        else if (t.name === 'w:style') {
          current = { font: null, basedOn: null };
          styles.set(t.attrs['w:styleId'] ?? '', current);
          if (t.attrs['w:default'] === '1' && t.attrs['w:type'] === 'paragraph') defaultParagraphStyle = t.attrs['w:styleId'] ?? null;
        } else if (t.name === 'w:basedOn' && current !== null) current.basedOn = t.attrs['w:val'] ?? null;
        else if (t.name === 'w:rFonts') {
          const font = fontOfAttrs(t.attrs);
          if (current !== null) current.font = font;
          else if (inDefaults) defaultFont = font;
        }
      } else if (t.type === 'close') {
        if (t.name === 'w:docDefaults') inDefaults = false;
        else if (t.name === 'w:style') current = null;
      }
    }
  }
  return {
    defaultFont,
    defaultParagraphStyle,
    fontOf(styleId: string | null): string | null {
      let id = styleId;
      for (let depth = 0; id !== null && depth < 12; depth++) {
        const s = styles.get(id);
        if (s === undefined) return null;
        if (s.font !== null) return s.font;
        id = s.basedOn;
      }
      return null;
    },
  };
}
