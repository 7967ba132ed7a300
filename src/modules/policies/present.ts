import type { Static } from 'typebox';
import type { Directory } from '../organisations';
import type { DraftDocument, DraftNode } from './draft';
import { DOC_TYPE_LABELS, STAGE_LABELS, type DocType, type Stage } from './labels';
import type { DraftRow, KitRow, StageRow, VersionRow } from './repo';
import type { ArticleView as ArticleSchema, DraftDetail, DraftSummary, Kit } from './schemas';

/** The kit as the office edits it (an empty kit when none was saved yet). */
export function presentKit(kit: KitRow | null): Static<typeof Kit> {
  return {
    mainContent: kit?.mainContent ?? '',
    impacts: kit?.impacts ?? '',
    reasons: kit?.reasons ?? '',
    openQuestions: kit?.openQuestions ?? [],
    howToComment: kit?.howToComment ?? '',
    englishSummary: kit?.englishSummary ?? '',
    qa: kit?.qa ?? [],
    isPublished: kit?.isPublished ?? false,
  };
}

/** A draft's register entry for the office. */
export function presentDraftSummary(d: DraftRow, dir: Directory): Static<typeof DraftSummary> {
  return {
    id: d.id,
    slug: d.slug,
    title: d.title,
    docType: d.docType,
    docTypeLabel: DOC_TYPE_LABELS[d.docType as DocType] ?? d.docType,
    draftingUnitId: d.draftingUnitId,
    draftingUnitName: dir.unit(d.draftingUnitId)?.name ?? d.draftingUnitId,
    stage: d.stage,
    stageLabel: STAGE_LABELS[d.stage as Stage] ?? d.stage,
    isLargeImpact: d.impact?.isLargeImpact ?? false,
    updatedAt: new Date(d.updatedAt).toISOString(),
  };
}

/** The office's full view of a draft (rounds are added by the consultation module). */
export function presentDraftDetail(d: DraftRow, dir: Directory, history: StageRow[], versions: VersionRow[], kit: KitRow | null, publicUrl: string): Static<typeof DraftDetail> {
  return {
    ...presentDraftSummary(d, dir),
    summary: d.summary,
    impact: d.impact,
    legalRegime: d.legalRegime,
    history: history.map((h) => ({ fromStage: h.fromStage, toStage: h.toStage, at: new Date(h.at).toISOString(), actorName: h.actorName, note: h.note })),
    versions: versions.map((v) => ({ id: v.id, versionNo: v.versionNo, fileName: v.fileName, createdAt: new Date(v.createdAt).toISOString(), changeNote: v.changeNote, articleCount: (v.structure as DraftDocument).articles.length })),
    kit: presentKit(kit),
    publicUrl: `${publicUrl}/gop-y/${d.slug}`,
  };
}

/** An article with its clauses and points (clause and point text with the number as written: "1. …", "a) …"). */
export type ArticleView = Static<typeof ArticleSchema>;

/** An article with its clauses and points, as the office and the portal display it. */
export function presentArticle(a: DraftNode): ArticleView {
  return {
    anchor: a.anchor,
    label: a.label,
    title: a.title,
    text: a.text,
    clauses: a.children.map((k) => ({
      anchor: k.anchor,
      label: k.label,
      text: k.kind === 'khoan' ? `${k.number}. ${k.text}` : k.text,
      points: k.children.map((p) => ({ anchor: p.anchor, label: p.label, text: p.kind === 'diem' ? `${p.number}) ${p.text}` : p.text })),
    })),
  };
}
