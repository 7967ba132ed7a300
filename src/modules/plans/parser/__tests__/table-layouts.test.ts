/**
 * Task tables as they arrive in other layouts (own fixtures, test/fixtures/plans/layout-*.txt): a portal copy in
 * markdown style with the columns in another order, an empty number cell under a merged one and a letter group row;
 * a table converted from PDF whose cells wrap over several lines.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../index';
import { fixtureText } from './helpers/fixtures';

describe('portal copy: columns in another order, a merged number cell, a group row', () => {
  const plan = parsePlanText(fixtureText('layout-portal-merged-cells.txt'));

  it('finds the columns by their names and joins the unnumbered row to the task above', () => {
    expect(plan.tasks.map((t) => [t.code, t.title, t.leads, t.coordinators, t.deadline])).toEqual([
      ['II.1', 'Rà soát danh mục hồ sơ', ['Văn phòng Sở'], ['Các phòng chuyên môn'], '2025-11-20'],
      ['II.2', 'Tập huấn nghiệp vụ văn thư', ['Phòng Tổ chức cán bộ'], [], '2025-01-23'],
      ['II.3', 'Số hóa tài liệu lưu trữ', ['Trung tâm Lưu trữ lịch sử'], ['Văn phòng Sở'], 'Quý I, II/2025'],
      ['II.4', 'Kiểm tra việc lập hồ sơ', ['Văn phòng Sở'], [], null],
    ]);
    expect(plan.tasks[0]?.content).toBe('Ban hành danh mục hồ sơ năm 2026; Cơ quan chủ trì: Văn phòng Sở');
    expect(plan.tasks[0]?.deadlineWritten).toBe('Trước ngày 20/11/2025');
  });

  it('quotes the deadline it could not settle, and nothing else', () => {
    expect(plan.warnings.filter((w) => w.startsWith('Nhiệm vụ') || w.startsWith('Bảng'))).toEqual([
      'Nhiệm vụ II.3: không đọc được thời hạn "Quý I, II/2025" (ghi nhiều kỳ hạn)',
    ]);
  });
});

describe('table converted from PDF: cells wrapped over several lines', () => {
  const plan = parsePlanText(fixtureText('layout-pdf-wrapped-cells.txt'));

  it('finishes titles and unit names with their wrapped lines, one task per number', () => {
    expect(plan.tasks.map((t) => [t.code, t.title, t.deadline])).toEqual([
      ['II.1', 'Xây dựng kế hoạch tuyên truyền chuyển đổi số năm 2025', 'Quý II/2025'],
      ['II.2', 'Cập nhật dữ liệu dân cư trên hệ thống', '2025-03-15'],
      ['II.3', 'Tổng kết công tác chuyển đổi số', '2025-12-15'],
    ]);
    expect(plan.tasks[0]?.leads).toEqual(['Phòng Văn hóa và Thông tin huyện']);
    expect(plan.tasks[0]?.coordinators).toEqual(['Trung tâm Văn hóa, Thể thao huyện']);
    expect(plan.warnings.filter((w) => w.startsWith('Bảng'))).toEqual([]);
  });
});

describe('a row that cannot be placed is reported, never dropped silently', () => {
  it('quotes a row with an unreadable number', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM', 'Số: 5/KH-UBND', 'Thử Nghiệm, ngày 02 tháng 01 năm 2025', '', 'KẾ HOẠCH', 'Thử bảng năm 2025', '',
      'II. NHIỆM VỤ', 'STT | Nhiệm vụ | Chủ trì | Thời hạn', '1 | Việc thứ nhất | Sở Nội vụ | Quý I/2025', '1a? | Việc lạ | Sở Tư pháp | Quý II/2025',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.code)).toEqual(['II.1']);
    expect(plan.warnings).toContain('Bảng nhiệm vụ: không hiểu số thứ tự "1a?" ở dòng "1a? | Việc lạ | Sở Tư pháp | Quý II/2025"; dòng này chưa được lấy');
  });
});
