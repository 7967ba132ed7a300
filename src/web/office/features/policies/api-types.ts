/** Shapes of the policies and consultation API (docs/api-v1-draft.md, "Policies and consultation — issue 4"). */

/** Abilities of issue 4 (kept apart from the shared `Ability` union; read from `Me.abilities`). */
export type PolicyAbility =
  | 'policies.read'
  | 'policies.write'
  | 'consultation.moderate'
  | 'consultation.answer'
  | 'consultation.approve'
  | 'mail.read';

/** Stages of the policy cycle, in order. */
export const STAGES = ['proposal', 'drafting', 'consultation', 'appraisal', 'adoption', 'implementation', 'evaluation'] as const;
/** A stage of the policy cycle. */
export type Stage = (typeof STAGES)[number];

/** Document types of a draft. */
export const DOC_TYPES = ['nq_hdnd_tinh', 'qd_ubnd_tinh', 'nq_hdnd_xa', 'qd_ubnd_xa', 'khac'] as const;
/** A document type code. */
export type DocType = (typeof DOC_TYPES)[number];

/** The four QĐ 407 criteria of a policy with a large social impact. */
export const IMPACT_KEYS = ['affectsManyPeople', 'affectsRightsObligations', 'affectsBusinessCosts', 'sensitiveOrControversial'] as const;
/** One QĐ 407 criterion. */
export type ImpactKey = (typeof IMPACT_KEYS)[number];

/** The QĐ 407 assessment as stored (the server computes `isLargeImpact`). */
export interface PolicyImpact {
  criteria: Partial<Record<ImpactKey, boolean>>;
  isLargeImpact?: boolean;
  note: string | null;
}

/** Dates of the open consultation round shown in the list. */
export interface OpenRoundRef {
  id: string;
  opensOn: string;
  closesOn: string;
}

/** One line of GET /api/v1/policies. */
export interface PolicySummary {
  id: string;
  slug: string;
  title: string;
  docType: DocType;
  docTypeLabel: string;
  draftingUnitId: string;
  draftingUnitName: string;
  stage: Stage;
  stageLabel: string;
  isLargeImpact: boolean;
  versionCount: number;
  openRound: OpenRoundRef | null;
  commentCount: number;
  unansweredCount: number;
  updatedAt: string;
}

/** Body of POST /api/v1/policies. */
export interface PolicyInput {
  title: string;
  docType: DocType;
  draftingUnitId: string;
  summary: string;
  impact?: { criteria: Record<ImpactKey, boolean>; note: string };
}

/** One stage change of a draft. */
export interface StageChange {
  fromStage: Stage | null;
  toStage: Stage;
  at: string;
  actorName: string;
  note: string | null;
}

/** One uploaded version of the draft text. */
export interface PolicyVersion {
  id: string;
  versionNo: number;
  fileName: string;
  createdAt: string;
  changeNote: string | null;
  articleCount: number;
}

/** A question and its answer in the communication kit. */
export interface QaPair {
  question: string;
  answer: string;
}

/** The communication kit (QĐ 407). */
export interface Kit {
  mainContent: string;
  impacts: string;
  reasons: string;
  openQuestions: string[];
  howToComment: string;
  englishSummary: string;
  qa: QaPair[];
  isPublished: boolean;
}

/** A body that must answer the consultation in writing. */
export interface Consultee {
  id: string;
  unitId: string;
  unitName: string;
  requestedOn: string;
  dueOn: string;
  answeredOn: string | null;
  answerRef: string | null;
  /** Days until the due date (0: due today, negative: overdue); null once answered. */
  daysLeft?: number | null;
}

/** Status of a consultation round. */
export type RoundStatus = 'scheduled' | 'open' | 'closed';

/** Comment counts of a round. */
export interface RoundCounts {
  total: number;
  pendingVerification: number;
  pending: number;
  published: number;
  withheld: number;
  answered: number;
  approved: number;
}

/** A consultation round. */
export interface Round {
  id: string;
  versionId: string;
  opensOn: string;
  closesOn: string;
  minDays: number;
  /** The rule the minimum comes from, and the reason of the shortened procedure (null: the normal minimum). */
  minDaysSource?: string | null;
  shortenedReason?: string | null;
  targetGroups: string[];
  status: RoundStatus;
  consultees: Consultee[];
  counts: RoundCounts;
  synthesis: { publishedAt: string; fileUrl: string | null } | null;
  /** Day the round was closed early (Vietnam calendar), with the public reason. */
  closedEarlyOn?: string | null;
  closeReason?: string | null;
  /** The end date first announced, when the round was extended, with the public reason of the extension. */
  originalClosesOn?: string | null;
  extensionReason?: string | null;
  /** First day the round may be closed early (the legal minimum has run), and whether that is today or earlier. */
  closeEarlyFrom?: string;
  mayCloseEarly?: boolean;
  /** First day the synthesis report may be published. */
  synthesisFrom?: string;
}

/** Body of POST /api/v1/policies/:id/rounds. */
export interface RoundInput {
  versionId: string;
  opensOn: string;
  closesOn: string;
  targetGroups: string[];
  consulteeUnitIds: string[];
  /** The shortened procedure (rút gọn) with its reason; absent: the normal minimum applies. */
  shortenedReason?: string | null;
}

/** Response of GET /api/v1/policies/:id/consultation-minimum. */
export interface ConsultationMinimum {
  days: number;
  source: string;
  regime: '2015' | '2025';
  draftingStartedOn: string;
  shortenedDays: number;
  shortenedSource: string;
}

/** Body of POST /api/v1/rounds/:id/synthesis/publish: who signs (empty: the drafting unit's head). */
export interface SynthesisSignerInput {
  signerName?: string;
  signerTitle?: string;
  signerAuthority?: string | null;
}

/** What the signed-in user may do on a draft. */
export interface PolicyAbilities {
  canEdit: boolean;
  canModerate: boolean;
  canAnswer: boolean;
  canApprove: boolean;
}

/** Response of GET /api/v1/policies/:id. */
export interface PolicyDetail {
  id: string;
  slug: string;
  title: string;
  docType: DocType;
  docTypeLabel: string;
  draftingUnitId: string;
  draftingUnitName: string;
  summary: string;
  impact: PolicyImpact | null;
  stage: Stage;
  stageLabel: string;
  /** '2015' or '2025' today; kept open since the contract does not fix it. */
  legalRegime: string | null;
  history: StageChange[];
  versions: PolicyVersion[];
  kit: Kit | null;
  rounds: Round[];
  publicUrl: string | null;
  abilities: PolicyAbilities;
}

/** Response of POST /api/v1/policies/:id/versions. */
export interface VersionCreated {
  id: string;
  versionNo: number;
  articles: Array<{ anchor: string; label: string; title: string }>;
  warnings: string[];
}

/** An article of a version (GET /api/v1/policies/:id/versions/:versionId). */
export interface VersionArticle {
  anchor: string;
  label: string;
  title: string;
  text?: string;
}

/** Response of GET /api/v1/policies/:id/versions/:versionId (clauses are not used here). */
export interface VersionText {
  id: string;
  versionNo: number;
  title: string | null;
  articles: VersionArticle[];
}

/** Change of an article between two versions (aliases are tolerated by `changeKind`). */
export type ArticleChange = 'added' | 'removed' | 'modified' | 'renumbered' | 'unchanged';

/** One word-level operation of a diff. */
export interface DiffOp {
  op: string;
  text: string;
}

/** A comment linked to an article's change: its receipt code and an excerpt of its (public) text. */
export interface LinkedComment {
  id: string;
  receiptCode: string;
  excerpt: string;
}

/** One article of GET /api/v1/policies/:id/diff; `comments` are those linked to the change in the `to` version. */
export interface DiffItem {
  anchor: string;
  label: string;
  change: string;
  before: string | null;
  after: string | null;
  ops: DiffOp[];
  comments: LinkedComment[];
}

/** Body `links` of PUT /api/v1/policies/:id/versions/:versionId/links: comment ids per article anchor. */
export type VersionLinks = Record<string, string[]>;
