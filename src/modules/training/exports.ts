import { writeXlsxStream, type XlsxColumn } from '../../platform/documents';
import { formatDateVi } from '../../platform/text';
import type { Directory } from '../organisations';
import type { Completion } from './completion';
import { SKILL_LABELS, labelVi } from './labels';

const COLUMNS: XlsxColumn[] = [
  { header: 'STT', key: 'no', width: 6, align: 'center' },
  { header: 'Họ và tên', key: 'name', width: 26 },
  { header: 'Chức vụ', key: 'title', width: 24, wrap: true },
  { header: 'Cơ quan, đơn vị', key: 'unit', width: 32, wrap: true },
  { header: 'Khóa tập huấn', key: 'course', width: 40, wrap: true },
  { header: 'Kỹ năng', key: 'skills', width: 40, wrap: true },
  { header: 'Ngày hoàn thành', key: 'completedOn', width: 16, align: 'center' },
];

/** Streams the completion list (who completed which course) to `out` as XLSX. */
export async function writeCompletionsXlsx(completions: Completion[], dir: Directory, out: NodeJS.WritableStream): Promise<void> {
  function* rows() {
    let no = 0;
    for (const c of completions) {
      yield {
        no: ++no,
        name: c.person.fullName,
        title: c.person.title,
        unit: dir.unit(c.person.unitId)?.name ?? null,
        course: c.course.title,
        skills: c.course.skills.map((s) => labelVi(SKILL_LABELS, s)).join('; '),
        completedOn: formatDateVi(c.completedOn, 'short'),
      };
    }
  }
  await writeXlsxStream(out, [{ name: 'Hoàn thành tập huấn', title: 'DANH SÁCH CÁN BỘ HOÀN THÀNH KHÓA TẬP HUẤN', columns: COLUMNS, rows: rows() }], { creator: 'Đồng Thuận' });
}
