import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanPreview, PreviewTask } from '../api-types';
import { I18nProvider } from '../../../app/i18n-context';
import { PlanPreviewView } from './plan-preview';

const task = (code: string, deadline: string | null, deadlineWritten: string | null, deadlineDue: string | null): PreviewTask => ({
  code, title: `Nhiệm vụ ${code}`, content: '', deadline, deadlineWritten, deadlineDue, leads: [], coordinators: [],
});

function render(tasks: PreviewTask[]): string {
  const preview: PlanPreview = {
    fileName: 'kh.docx', sha256: 'x', at: '2026-12-02', duplicateOf: null, tasks, responsibilities: [], names: [], warnings: [],
    issuerCheck: { status: 'other', issuerProvince: 'Lâm Đồng', message: null },
    plan: { number: null, kind: 'KH', kindLabel: 'Kế hoạch', kindLabelEn: 'Plan', issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng', place: 'Lâm Đồng', issuedOn: null, title: 'Kế hoạch', bases: [], reportDeadline: null, signer: null, recipients: [] },
  };
  return renderToStaticMarkup(<I18nProvider><PlanPreviewView preview={preview} /></I18nProvider>);
}

/** The text of the deadline cell of a task's row. */
function deadlineCell(html: string, code: string): string {
  const row = new RegExp(`<th[^>]*>${code.replace('.', '\\.')}</th>(.*?)</tr>`).exec(html)?.[1] ?? '';
  const cells = [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  return cells[3] ?? '';
}

describe('the preview shows each deadline as written, then the date the task will carry', () => {
  it('keeps words that name no date ("Thường xuyên trong năm") beside the plan’s own end', () => {
    const html = render([task('I.3', null, 'Thường xuyên trong năm', '2026-12-31')]);
    expect(deadlineCell(html, 'I.3')).toBe('Thường xuyên trong năm — hạn 31/12/2026');
  });

  it('shows a date read from words with those words, a bare date once, a period with its end', () => {
    const html = render([
      task('VII.1', '2026-01-15', 'Ban hành kế hoạch chậm nhất là ngày 15/01/2026 và tổ chức thực hiện', '2026-01-15'),
      task('II.1', '2026-03-15', null, '2026-03-15'),
      task('VI.1', 'Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện', null, '2026-01-31'),
      task('IX.1', null, null, null),
    ]);
    expect(deadlineCell(html, 'VII.1')).toBe('Ban hành kế hoạch chậm nhất là ngày 15/01/2026 và tổ chức thực hiện — hạn 15/01/2026');
    expect(deadlineCell(html, 'II.1')).toBe('15/03/2026');
    expect(deadlineCell(html, 'VI.1')).toBe('Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện — hạn 31/01/2026');
    expect(deadlineCell(html, 'IX.1')).toBe('—');
  });
});
