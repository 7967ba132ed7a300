import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanHeader } from '../api-types';
import { I18nProvider } from '../../../app/i18n-context';
import { PlanFacts } from './plan-facts';
import { docKindText } from './plan-text';

const PLAN: PlanHeader = {
  number: '14/KH-UBND', kind: 'KH', kindLabel: 'Kế hoạch', kindLabelEn: 'Plan', issuer: 'Ủy ban nhân dân tỉnh Yên Bái',
  place: 'Yên Bái', issuedOn: '2024-01-17', title: 'Kế hoạch truyền thông chính sách', bases: [], reportDeadline: null,
  signer: null, recipients: [],
};

describe('the kind of a plan document is shown by its name, never its abbreviation', () => {
  it('reads "Loại văn bản: Kế hoạch" in the facts', () => {
    const html = renderToStaticMarkup(<I18nProvider><PlanFacts plan={PLAN} /></I18nProvider>);
    expect(html).toContain('<dt>Loại văn bản</dt><dd>Kế hoạch</dd>');
    expect(html).not.toContain('<dd>KH</dd>');
  });

  it('uses the English name in the English office, the abbreviation only when nothing names it', () => {
    expect(docKindText(PLAN, 'vi')).toBe('Kế hoạch');
    expect(docKindText(PLAN, 'en')).toBe('Plan');
    expect(docKindText({ kind: 'CV', kindLabel: 'Công văn' }, 'en')).toBe('Công văn');
    expect(docKindText({ kind: 'XYZ' }, 'vi')).toBe('XYZ');
    expect(docKindText({ kind: null, kindLabel: null }, 'vi')).toBe('');
  });
});
