/** Shapes of the office API for round control and answering in volume (answers list, assignments, templates). */
import type { Disposition } from './api-types';

/** Which comments the answer list shows. */
export type AnswerListStatus = 'all' | 'unanswered' | 'unapproved' | 'awaiting';
export const ANSWER_LIST_STATUSES: readonly AnswerListStatus[] = ['all', 'unanswered', 'unapproved', 'awaiting'];

/** A comment that needs an answer, as officers and approvers of the drafting unit see it (no contact data). */
export interface AnswerListItem {
  id: string;
  receiptCode: string;
  articleAnchor: string | null;
  articleLabel: string;
  commenterType: string;
  stance: string;
  text: string;
  state: string;
  withheldReason: string | null;
  createdAt: string;
  assignedTo: string | null;
  assignedToName: string | null;
  answer: {
    disposition: Disposition;
    explanation: string;
    state: string;
    answeredByName: string | null;
    approvedByName: string | null;
    approvedAt: string | null;
    publishedAt: string | null;
    updatedAt: string;
  } | null;
  /** The user may write or rewrite this answer. */
  canEdit: boolean;
  /** The user may approve this answer now. */
  canApprove: boolean;
}

/** Response of GET /api/v1/rounds/:id/answers. */
export interface AnswerList {
  items: AnswerListItem[];
  total: number;
  progress: { total: number; answered: number; approved: number; mine: number; mineOpen: number };
  abilities: { canAnswer: boolean; canApprove: boolean; canModerate: boolean };
}

/** Query of GET /api/v1/rounds/:id/answers. */
export interface AnswerListQuery {
  status: AnswerListStatus;
  mine: boolean;
  article?: string;
  limit: number;
  offset: number;
}

/** Response of GET /api/v1/rounds/:id/assignments. */
export interface RoundAssignments {
  officers: Array<{ id: string; displayName: string }>;
  articles: Array<{ anchor: string; label: string; userId: string | null; userName: string | null }>;
}

/** An answer template (GET /api/v1/policies/:id/answer-templates). */
export interface AnswerTemplate {
  id: string;
  name: string;
  disposition: Disposition;
  body: string;
  forAllDrafts: boolean;
  updatedAt: string;
}

/** Body of POST/PUT of an answer template. */
export interface AnswerTemplateInput {
  name: string;
  disposition: Disposition;
  body: string;
  forAllDrafts: boolean;
}

/** Response of GET /api/v1/rounds/:id/exclusions: what the synthesis report leaves out, and why. */
export interface RoundExclusions {
  roundId: string;
  totalComments: number;
  counted: number;
  excluded: number;
  groups: Array<{ code: string; label: string; n: number }>;
  items: Array<{ id: string; receiptCode: string; articleLabel: string; code: string; label: string; givenByLabel: string | null; createdAt: string }>;
  itemsTotal: number;
}
