import { query, request } from '../../app/api';
import type { AnswerInput, Comment, CommentQuery, HeatMap, ModerationInput, OutboxMail } from '../consultation/api-types';
import type {
  ConsultationMinimum,
  DiffItem,
  Kit,
  PolicyDetail,
  PolicyInput,
  PolicySummary,
  Round,
  RoundInput,
  Stage,
  SynthesisSignerInput,
  VersionCreated,
  VersionLinks,
  VersionText,
} from './api-types';

type Signal = AbortSignal | undefined;

const id = (value: string) => encodeURIComponent(value);

/** Draft policies: register, stages, versions, diff and communication kit (issue 4). */
export const policiesApi = {
  list: (p: { q?: string; stage?: string }, signal?: Signal) =>
    request<{ items: PolicySummary[] }>(`/api/v1/policies${query({ q: p.q, stage: p.stage })}`, { signal }),
  create: (input: PolicyInput) => request<PolicyDetail>('/api/v1/policies', { method: 'POST', body: input }),
  get: (policyId: string, signal?: Signal) => request<PolicyDetail>(`/api/v1/policies/${id(policyId)}`, { signal }),
  changeStage: (policyId: string, toStage: Stage, note: string) =>
    request<PolicyDetail>(`/api/v1/policies/${id(policyId)}/stage`, {
      method: 'POST',
      body: note ? { toStage, note } : { toStage },
    }),
  /** Uploads a version of the text (multipart `file` and `changeNote`; no article-to-comment links). */
  addVersion: (policyId: string, file: File, changeNote: string) => {
    const form = new FormData();
    // Text fields first so a streaming multipart reader has them when the file arrives.
    if (changeNote) form.append('changeNote', changeNote);
    form.append('file', file, file.name);
    return request<VersionCreated>(`/api/v1/policies/${id(policyId)}/versions`, { method: 'POST', body: form });
  },
  version: (policyId: string, versionId: string, signal?: Signal) =>
    request<VersionText>(`/api/v1/policies/${id(policyId)}/versions/${id(versionId)}`, { signal }),
  /** Replaces every article-to-comment link of a version (204; 422 for an article the version lacks). */
  saveLinks: (policyId: string, versionId: string, links: VersionLinks) =>
    request<undefined>(`/api/v1/policies/${id(policyId)}/versions/${id(versionId)}/links`, { method: 'PUT', body: { links } }),
  diff: (policyId: string, from: string, to: string, signal?: Signal) =>
    request<{ items: DiffItem[] }>(`/api/v1/policies/${id(policyId)}/diff${query({ from, to })}`, { signal }),
  saveKit: (policyId: string, kit: Kit) =>
    request<Kit | PolicyDetail | undefined>(`/api/v1/policies/${id(policyId)}/kit`, { method: 'PUT', body: kit }),
  openRound: (policyId: string, input: RoundInput) =>
    request<Round>(`/api/v1/policies/${id(policyId)}/rounds`, { method: 'POST', body: input }),
  /** The minimum a new round of the draft must last (by document type and legal regime), with its legal source. */
  consultationMinimum: (policyId: string, signal?: Signal) =>
    request<ConsultationMinimum>(`/api/v1/policies/${id(policyId)}/consultation-minimum`, { signal }),
};

/** Consultation rounds: consultees, comments, moderation, answers, heat map, exports and the synthesis report. */
export const roundsApi = {
  recordAnswer: (consulteeId: string, answeredOn: string, answerRef: string | null) =>
    request<unknown>(`/api/v1/consultees/${id(consulteeId)}/answer`, { method: 'POST', body: { answeredOn, answerRef } }),
  comments: (roundId: string, p: CommentQuery, signal?: Signal) =>
    request<{ items: Comment[]; total: number }>(
      `/api/v1/rounds/${id(roundId)}/comments${query({ state: p.state, article: p.article, q: p.q, limit: p.limit, offset: p.offset })}`,
      { signal },
    ),
  moderate: (roundId: string, input: ModerationInput) =>
    request<{ updated: number }>(`/api/v1/rounds/${id(roundId)}/moderation`, { method: 'POST', body: input }),
  saveAnswer: (commentId: string, input: AnswerInput) =>
    request<unknown>(`/api/v1/comments/${id(commentId)}/answer`, { method: 'PUT', body: input }),
  approveAnswer: (commentId: string) =>
    request<unknown>(`/api/v1/comments/${id(commentId)}/answer/approve`, { method: 'POST' }),
  heatmap: (roundId: string, signal?: Signal) => request<HeatMap>(`/api/v1/rounds/${id(roundId)}/heatmap`, { signal }),
  publishSynthesis: (roundId: string, signer: SynthesisSignerInput) =>
    request<unknown>(`/api/v1/rounds/${id(roundId)}/synthesis/publish`, { method: 'POST', body: signer }),
  /** The default signer of the synthesis report (the drafting unit's head in the directory), or null. */
  synthesisSigner: (roundId: string, signal?: Signal) =>
    request<{ signer: { name: string; title: string; authority: string | null } | null; unitName: string | null }>(`/api/v1/rounds/${id(roundId)}/synthesis/signer`, { signal }),
  /** Download addresses (plain links; the session cookie authorises them). */
  exportHref: (roundId: string, file: 'synthesis.docx' | 'comments.xlsx' | 'comments.csv') =>
    `/api/v1/rounds/${id(roundId)}/${file}`,
  /** Download address of a comment's attachment (the generic stored-file route). */
  fileHref: (fileId: string) => `/api/v1/files/${id(fileId)}`,
};

/** The mail outbox ("Thư đã gửi"). */
export const mailApi = {
  list: (limit: number, signal?: Signal) => request<{ items: OutboxMail[] }>(`/api/v1/mail${query({ limit })}`, { signal }),
};
