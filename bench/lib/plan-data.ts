/**
 * Plan volumes for the plans benchmark: importing a generated plan the way a coordinator does (preview, then map or
 * ignore the names the directory cannot resolve) and bulk SQL for accepted progress reports.
 */
import { systemActor } from '../../src/platform/auth';
import type { ActionContext } from '../../src/platform/context';
import type { Database } from '../../src/platform/db';
import { importPlan, previewPlan, type NameChoice } from '../../src/modules/plans';

/** The action context of the benchmark: the system actor on the given database. */
export function benchContext(database: Database): ActionContext {
  return { db: database.db, actor: systemActor('bench') };
}

/**
 * The coordinator's choices for a previewed plan: an ambiguous name goes to its first candidate, an unresolved one
 * ("các cơ quan, đơn vị liên quan", "doanh nghiệp") is ignored.
 */
export async function mappingsFor(ctx: ActionContext, data: Uint8Array, fileName: string): Promise<{ mappings: Record<string, NameChoice>; mapped: number; ignored: number; names: number }> {
  const preview = await previewPlan(ctx, { data, fileName });
  const mappings: Record<string, NameChoice> = {};
  let mapped = 0;
  let ignored = 0;
  for (const n of preview.names) {
    if (n.status === 'ambiguous' && n.units[0]) {
      mappings[n.written] = { unitIds: [n.units[0].id] };
      mapped++;
    } else if (n.status === 'unresolved' || n.status === 'ambiguous') {
      mappings[n.written] = { ignore: true };
      ignored++;
    }
  }
  return { mappings, mapped, ignored, names: preview.names.length };
}

/** Previews, maps and imports a plan without timing it (set-up for other measurements). */
export async function importUntimed(ctx: ActionContext, data: Uint8Array, fileName: string): Promise<{ id: string; tasks: number; assignments: number }> {
  const { mappings } = await mappingsFor(ctx, data, fileName);
  return importPlan(ctx, { data, fileName }, mappings);
}

const NARRATIVES = [
  'Đã tổ chức 02 hội nghị quán triệt, đăng tải 15 tin, bài trên trang thông tin điện tử của đơn vị; phối hợp với Đài Phát thanh và Truyền hình tỉnh thực hiện 01 phóng sự chuyên đề.',
  'Đã ban hành văn bản hướng dẫn, phân công cán bộ đầu mối; tổ chức tập huấn cho 45 lượt cán bộ, công chức về kỹ năng truyền thông chính sách.',
  'Đăng tải 03 dự thảo nghị quyết để lấy ý kiến trên Cổng Thông tin điện tử tỉnh; tiếp nhận 126 ý kiến góp ý, đã tổng hợp, tiếp thu, giải trình đầy đủ.',
  'Phối hợp với cơ quan báo chí cung cấp thông tin 04 lần; tổ chức 01 cuộc họp báo; phát hiện và xử lý 02 tin sai sự thật trên mạng xã hội.',
  'Duy trì chuyên mục hỏi đáp chính sách, cập nhật 28 câu hỏi, trả lời; lồng ghép nội dung truyền thông vào 12 buổi sinh hoạt tổ dân phố.',
];

/**
 * One accepted report per (task, unit) assignment of the plan and per period, as units would have submitted and
 * coordinators accepted them: in progress for the first periods, mostly done in the last, with two indicators.
 * Returns the number of rows inserted.
 */
export async function insertAcceptedReports(database: Database, planId: string, year: number, quarters: number): Promise<number> {
  await database.query(
    `insert into progress_reports (id, task_id, unit_id, period, status, narrative, indicators, evidence_links, state, submitted_by, submitted_at, reviewed_by, reviewed_at)
     select 'bench-r-' || a.id || '-' || q, a.task_id, a.unit_id, $2 || '-Q' || q,
            case when q = $3 and abs(hashtext(a.id)) % 4 <> 0 then 'done' else 'in_progress' end,
            $4::jsonb ->> ((abs(hashtext(a.id)) + q) % jsonb_array_length($4::jsonb)),
            jsonb_build_object('I-06', abs(hashtext(a.id)) % 7 + q, 'I-13', abs(hashtext(a.unit_id || q::text)) % 30),
            '[]'::jsonb, 'accepted', 'bench', ($2 || '-' || lpad((q * 3)::text, 2, '0') || '-25 09:00:00+07')::timestamptz,
            'bench', ($2 || '-' || lpad((q * 3)::text, 2, '0') || '-28 09:00:00+07')::timestamptz
     from (select distinct on (a.task_id, a.unit_id) a.* from task_assignments a join plan_tasks t on t.id = a.task_id where t.plan_id = $1) a
     cross join generate_series(1, $3::int) q`,
    [planId, String(year), quarters, JSON.stringify(NARRATIVES)],
  );
  await database.query('analyze progress_reports');
  const { rows } = await database.query<{ n: number }>(
    'select count(*)::int as n from progress_reports r join plan_tasks t on t.id = r.task_id where t.plan_id = $1',
    [planId],
  );
  return Number(rows[0]?.n ?? 0);
}
