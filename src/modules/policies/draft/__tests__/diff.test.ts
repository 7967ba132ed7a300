import { describe, expect, it } from 'vitest';
import { type ArticleDiff, diffDrafts, type DiffOp, parseDraftText } from '../index';
import { fixtureText } from './fixtures';

const v1 = parseDraftText(fixtureText('du-thao-nq-ho-tro-v1.txt'));
const v2 = parseDraftText(fixtureText('du-thao-nq-ho-tro-v2.txt'));

/** The text on one side of a diff: equal+delete (before) or equal+insert (after). */
function side(ops: readonly DiffOp[], which: 'before' | 'after'): string {
  const skip = which === 'before' ? 'insert' : 'delete';
  return ops
    .filter((o) => o.op !== skip)
    .map((o) => o.text)
    .join('');
}

function summary(diffs: readonly ArticleDiff[]): string[] {
  return diffs.map((d) => `${d.label}:${d.change}:${d.previousAnchor ?? '-'}`);
}

describe('diffDrafts v1 → v2', () => {
  const diffs = diffDrafts(v1, v2);

  it('classifies every article: unchanged, modified, added, renumbered, removed', () => {
    expect(summary(diffs)).toEqual([
      'Điều 1:unchanged:dieu-1',
      'Điều 2:modified:dieu-2',
      'Điều 3:added:-',
      'Điều 4:renumbered:dieu-3',
      'Điều 5:renumbered:dieu-4',
      'Điều 5:removed:dieu-5',
      'Điều 6:unchanged:dieu-6',
    ]);
    expect(diffs.map((d) => d.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-3', 'dieu-4', 'dieu-5', 'dieu-5', 'dieu-6']);
  });

  it('gives back before and after exactly when joining the ops', () => {
    for (const d of diffs) {
      expect(side(d.ops, 'before')).toBe(d.before ?? '');
      expect(side(d.ops, 'after')).toBe(d.after ?? '');
    }
  });

  it('carries texts, similarity and a readable word diff', () => {
    const [d1, d2, d3, d4, , gone, d6] = diffs;
    expect(d1?.similarity).toBe(1);
    expect(d1?.ops).toEqual([{ op: 'equal', text: d1?.before }]);
    expect(d6?.before).toBe(d6?.after);
    expect(d3?.before).toBeNull();
    expect(d3?.after?.startsWith('Điều 3. Điều kiện được hỗ trợ\n1. Có đơn đăng ký học nghề')).toBe(true);
    expect(d3?.similarity).toBe(0);
    expect(gone?.after).toBeNull();
    expect(gone?.before?.startsWith('Điều 5. Hồ sơ, trình tự thực hiện')).toBe(true);
    expect(gone?.label).toBe('Điều 5');
    // Renumbered without other edits: only the number differs, the body similarity stays 1.
    expect(d4?.similarity).toBe(1);
    expect(d4?.ops.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: '3' },
      { op: 'insert', text: '4' },
    ]);
    expect(d4?.before?.startsWith('Điều 3. Nguyên tắc hỗ trợ')).toBe(true);
    expect(d4?.after?.startsWith('Điều 4. Nguyên tắc hỗ trợ')).toBe(true);
    expect(d2?.similarity).toBeGreaterThan(0.7);
    expect(d2?.similarity).toBeLessThan(1);
    expect(d2?.ops.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'insert', text: ', hộ mới thoát nghèo trong thời gian 36 tháng' },
      { op: 'delete', text: 'các xã khu vực III' },
      { op: 'insert', text: 'vùng đồng bào dân tộc thiểu số và miền núi' },
      // "nghề." → "nghề;\ne) … giải thể.": the new điểm e is inserted before the kept final period.
      { op: 'insert', text: ';\ne) Người lao động bị mất việc làm do cơ sở sản xuất, kinh doanh thu hẹp quy mô hoặc giải thể' },
    ]);
  });

  it('reports nothing but unchanged articles for identical versions, and everything added from an empty one', () => {
    expect(diffDrafts(v1, v1).every((d) => d.change === 'unchanged' && d.similarity === 1)).toBe(true);
    const empty = parseDraftText('');
    expect(diffDrafts(empty, v1).map((d) => d.change)).toEqual(Array(6).fill('added'));
    expect(diffDrafts(v1, empty).map((d) => d.change)).toEqual(Array(6).fill('removed'));
  });

  it('keeps a moderately edited article at its number rather than renumbering it', () => {
    const a = parseDraftText(
      'Điều 1. Hỗ trợ\nHỗ trợ một lần cho hộ nghèo mức 2.000.000 đồng mỗi hộ khi có quyết định công nhận thoát nghèo bền vững.\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.',
    );
    const b = parseDraftText(
      'Điều 1. Hỗ trợ\nHỗ trợ một lần cho hộ cận nghèo mức 1.500.000 đồng mỗi hộ khi có quyết định công nhận thoát nghèo.\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.',
    );
    expect(summary(diffDrafts(a, b))).toEqual(['Điều 1:modified:dieu-1', 'Điều 2:unchanged:dieu-2']);
  });

  it('recognises two swapped articles as renumbered and a completely rewritten one as modified', () => {
    const long = (topic: string): string => `Quy định chi tiết về ${topic} áp dụng cho các cơ quan, đơn vị trên địa bàn tỉnh theo kế hoạch hằng năm.`;
    const a = parseDraftText(`Điều 1. A\n${long('tuyển dụng')}\nĐiều 2. B\n${long('đánh giá cán bộ')}\nĐiều 3. C\nNội dung cũ hoàn toàn.`);
    const b = parseDraftText(`Điều 1. B\n${long('đánh giá cán bộ')}\nĐiều 2. A\n${long('tuyển dụng')}\nĐiều 3. C\nMột câu khác hẳn được viết lại.`);
    expect(summary(diffDrafts(a, b))).toEqual(['Điều 1:renumbered:dieu-2', 'Điều 2:renumbered:dieu-1', 'Điều 3:modified:dieu-3']);
  });
});
