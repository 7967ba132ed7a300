/**
 * Public shapes produced by the plan-document parser (the contract other modules rely on).
 */

/** One task of a plan: a numbered item (or table row) carrying its own units / deadline. */
export interface ParsedTask {
  /** Full path: roman section + numbering, e.g. "II.3.4", lettered items "II.3.4.a", "2.a" without romans. */
  code: string;
  /** The heading text after the number. */
  title: string;
  /** The "Nội dung:" text and other non-marker body lines, joined with "\n". */
  content: string;
  /** Lead units ("Đơn vị thực hiện/chủ trì", "Cơ quan chủ trì", "Chủ trì"), written form minus "Đề nghị". */
  leads: string[];
  /** Coordinating units ("Đơn vị/Cơ quan phối hợp", "Phối hợp"). */
  coordinators: string[];
  /** Leads/coordinators written after "Đề nghị" (a request, not an order); they also stay in leads/coordinators. */
  requested: string[];
  /** ISO date when the deadline is one full date, else the period as written ("Quý II/2024"); null if absent. */
  deadline: string | null;
  /** The deadline as written, when `deadline` holds a date read from it ("Trước ngày 20/11/2024" → "2024-11-20"). */
  deadlineWritten?: string;
}

/** A document the preamble implements ("Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 ..."). */
export interface PlanBasis {
  number: string;
  date: string | null;
}

/** The duties of one unit from the "TỔ CHỨC THỰC HIỆN" section (or a Công văn's numbered requests). */
export interface PlanResponsibility {
  code: string;
  unit: string;
  duties: string[];
}

/** Who signed, e.g. { name: "Vũ Thị Hiền Hạnh", title: "Phó Chủ tịch" }. */
export interface PlanSigner {
  name: string;
  title: string;
}

/** Everything the parser understood from one plan document. */
export interface ParsedPlan {
  number: string | null;
  kind: string | null;
  issuer: string | null;
  place: string | null;
  issuedOn: string | null;
  /**
   * Titles of the headings that group tasks without being tasks themselves ("II.3" → "Truyền thông dự thảo chính
   * sách"), so the task tree can name them; only codes that are ancestors of a task.
   */
  headings?: { code: string; title: string }[];
  /** The year the plan is for: from its title ("… năm 2026"), else its issue date; null when neither names one. */
  year?: number | null;
  title: string | null;
  bases: PlanBasis[];
  tasks: ParsedTask[];
  responsibilities: PlanResponsibility[];
  reportDeadline: string | null;
  signer: PlanSigner | null;
  recipients: string[];
  warnings: string[];
}
