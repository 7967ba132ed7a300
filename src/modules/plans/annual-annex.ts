/**
 * The XLSX annex of the annual report, computed for the same report date as the DOCX (one view, one context).
 */
import { writeXlsxStream, type SheetSpec } from '../../platform/documents';
import { formatDateVi } from '../../platform/text';
import { contextOf, figureText, leadNames, STATUS_VI, taskStatusText, type AnnualReportOptions } from './annual-report';
import type { Figure } from './figures';
import { indicatorText } from './indicators';
import { periodLabel } from './periods';
import type { PlanView } from './plan-view';
import { completionPercent } from './progress';

/** The XLSX annex, as of the same report date as the DOCX: by task, by unit, every report, and the figures. */
export async function writeAnnualAnnex(out: NodeJS.WritableStream, view: PlanView, figures: Figure[], opts: AnnualReportOptions | string = {}): Promise<void> {
  const ctx = contextOf(view, figures, typeof opts === 'string' ? { today: opts } : opts);
  const { unitName } = ctx;
  const v = ctx.view;
  const day = formatDateVi(ctx.date, 'short');
  const taskById = new Map(v.tasks.map((t) => [t.id, t]));
  const planName = v.plan.number ? `Kế hoạch số ${v.plan.number}` : 'Kế hoạch';
  const sheets: SheetSpec[] = [
    {
      name: 'Theo nhiệm vụ',
      title: `Tình hình thực hiện ${planName} theo nhiệm vụ, đến ngày ${day}`,
      // 125 digit widths of Times New Roman 12: A4 landscape at full size
      columns: [
        { header: 'Mục', key: 'code', width: 7 }, { header: 'Nhiệm vụ', key: 'title', width: 38, wrap: true }, { header: 'Hạn', key: 'due', width: 11, align: 'center' },
        { header: 'Tình trạng', key: 'status', width: 13, wrap: true }, { header: 'Hoàn thành (%)', key: 'pct', width: 11, align: 'center' },
        { header: 'Đơn vị chủ trì', key: 'leads', width: 23, wrap: true }, { header: 'Đơn vị phối hợp', key: 'coordinators', width: 22, wrap: true },
      ],
      rows: v.progress.tasks.map((t) => ({
        code: t.task.code, title: t.task.title, due: t.task.dueOn ? formatDateVi(t.task.dueOn, 'short') : '', status: taskStatusText(t), pct: completionPercent(t) ?? '—',
        leads: leadNames(t, unitName),
        coordinators: leadNames(t, unitName, 'coordinator'),
      })),
    },
    {
      name: 'Theo đơn vị',
      title: `Tình hình thực hiện ${planName} theo đơn vị, đến ngày ${day}`,
      columns: [
        { header: 'Đơn vị', key: 'unit', width: 60, wrap: true }, { header: 'Số nhiệm vụ', key: 'tasks', width: 12 }, { header: 'Hoàn thành', key: 'done', width: 12 },
        { header: 'Đang thực hiện', key: 'inProgress', width: 14 }, { header: 'Quá hạn', key: 'overdue', width: 10 }, { header: 'Tỷ lệ (%)', key: 'pct', width: 10, align: 'center' },
      ],
      rows: v.progress.units.map((u) => ({ unit: unitName(u.unitId), tasks: u.tasks, done: u.done, inProgress: u.inProgress, overdue: u.overdue, pct: u.tasks ? Math.round(u.completion * 100) : '—' })),
    },
    {
      name: 'Báo cáo của đơn vị',
      title: `Báo cáo tiến độ của các đơn vị đã nhận đến ngày ${day}`,
      columns: [
        { header: 'Mục', key: 'code', width: 7 }, { header: 'Đơn vị', key: 'unit', width: 22, wrap: true }, { header: 'Kỳ báo cáo', key: 'period', width: 12, wrap: true }, { header: 'Tình trạng', key: 'status', width: 13, wrap: true },
        { header: 'Xem xét', key: 'state', width: 12, wrap: true }, { header: 'Nội dung', key: 'narrative', width: 40, wrap: true }, { header: 'Chỉ tiêu', key: 'indicators', width: 19, wrap: true },
      ],
      rows: (async function* () {
        // narratives are read page by page: a plan may have tens of thousands of reports
        for (let i = 0; i < v.reports.length; i += 2000) {
          const page = v.reports.slice(i, i + 2000);
          const texts = await v.texts(page.map((r) => r.id));
          for (const r of page) {
            yield {
              code: taskById.get(r.taskId)?.code ?? '', unit: unitName(r.unitId), period: periodLabel(r.period), status: STATUS_VI[r.status] ?? 'Chưa xác định',
              state: r.state === 'accepted' ? 'Đã chấp nhận' : r.state === 'returned' ? 'Bị trả lại' : 'Chờ xem xét', narrative: texts.get(r.id) ?? '',
              indicators: Object.entries(r.indicators).map(([k, val]) => indicatorText(k, val)).join('; '),
            };
          }
        }
      })(),
    },
    {
      name: 'Chỉ tiêu',
      title: `Chỉ tiêu định lượng đến ngày ${day}`,
      columns: [{ header: 'STT', key: 'no', width: 6, align: 'center' }, { header: 'Chỉ tiêu', key: 'label', width: 90, wrap: true }, { header: 'Số liệu', key: 'value', width: 14, align: 'right' }],
      rows: ctx.figures.map((f, i) => ({ no: i + 1, label: f.label, value: figureText(f) })),
    },
  ];
  // an annex of an official report prints on A4 landscape, every column on the page width (issue 9)
  await writeXlsxStream(out, sheets.map((sh) => ({ ...sh, orientation: 'landscape' as const })), { creator: 'Đồng Thuận' });
}
