/** Draft policies: the register, versions parsed into articles, communication kits, the policy cycle. */
export { policiesPolicy } from './policy';
export { createDraft, editDraft, legalRegimeAt } from './actions/create-draft';
export { changeStage, recordStage, registerStageGuard, type StageGuard } from './actions/change-stage';
export { saveKit, type KitInput } from './actions/save-kit';
export { uploadVersion } from './actions/upload-version';
export { findDraft, findDraftBySlug, findVersion, versionsOf, findKit, listDrafts, stageHistory, changeLinksOf, type DraftRow, type VersionRow, type KitRow } from './repo';
export { STAGES, STAGE_LABELS, DOC_TYPES, DOC_TYPE_LABELS, IMPACT_CRITERIA, type Stage, type DocType } from './labels';
export { diffDrafts, articleText, type DraftDocument, type DraftNode, type ArticleDiff } from './draft';
export { policyRoutes, extendDraftDetail, setCommentDescriber } from './routes';
export { linkVersionChanges } from './actions/link-changes';
export { presentArticle, type ArticleView } from './present';
export * as policyTables from './tables';
