import { describe, expect, it } from 'vitest';
import { docKindLabels } from './doc-kinds';
import { kindOfNumber, TYPE_ABBREVIATIONS } from './parser/doc-number';

describe('docKindLabels', () => {
  it('names the kinds of plan documents in Vietnamese and English', () => {
    expect(docKindLabels('KH')).toEqual({ kindLabel: 'Kế hoạch', kindLabelEn: 'Plan' });
    expect(docKindLabels(kindOfNumber('05/2024/QĐ-UBND'))).toEqual({ kindLabel: 'Quyết định', kindLabelEn: 'Decision' });
    expect(docKindLabels(kindOfNumber('456/UBND-NC')).kindLabel).toBe('Công văn');
    expect(docKindLabels('CTr').kindLabel).toBe('Chương trình');
    expect(docKindLabels('NQ').kindLabel).toBe('Nghị quyết');
  });

  it('has a name for every kind the parser can read, so no abbreviation reaches a page', () => {
    for (const kind of [...TYPE_ABBREVIATIONS, 'CV']) {
      const { kindLabel } = docKindLabels(kind);
      expect(kindLabel, kind).not.toBe(kind);
      expect(kindLabel, kind).toMatch(/^\p{Lu}\p{Ll}/u);
    }
  });

  it('falls back to the abbreviation only when it is unknown; no kind, no label', () => {
    expect(docKindLabels('XYZ')).toEqual({ kindLabel: 'XYZ', kindLabelEn: 'XYZ' });
    expect(docKindLabels(null)).toEqual({ kindLabel: null, kindLabelEn: null });
    expect(docKindLabels('toString').kindLabel).toBe('toString');
  });
});
