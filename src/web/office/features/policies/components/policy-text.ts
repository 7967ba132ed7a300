import type { SelectOption } from '../../../../ui';
import { DOC_TYPES, STAGES, type DiffOp, type Stage } from '../api-types';
import { isMessageKey, type Translate } from '../../../app/i18n';

/** Label of a stage from the dictionary (the server's `stageLabel` wins when given). */
export function stageLabel(stage: string, t: Translate, serverLabel?: string | null): string {
  if (serverLabel) return serverLabel;
  const key = `stage.${stage}`;
  return isMessageKey(key) ? t(key) : stage;
}

/** Tells whether a string is a known stage code. */
export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** Options of the stage filter and of the stage form. */
export function stageOptions(t: Translate, stages: readonly Stage[] = STAGES): SelectOption[] {
  return stages.map((s) => ({ value: s, label: stageLabel(s, t) }));
}

/** Options of the document type select. */
export function docTypeOptions(t: Translate): SelectOption[] {
  return DOC_TYPES.map((d) => ({ value: d, label: labelOf('docType', d, t) }));
}

/**
 * Looks up `<prefix>.<code>` in the dictionary and falls back to the raw code, for server codes whose full list the
 * contract does not fix (target groups, commenter types, stances, mail purposes and states).
 */
export function labelOf(prefix: string, code: string | null | undefined, t: Translate): string {
  if (!code) return t('common.dash');
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** A word-diff operation as the rendering names it: insert, delete or equal. */
export function opKind(op: DiffOp['op']): 'ins' | 'del' | 'eq' {
  if (op === 'insert') return 'ins';
  if (op === 'delete') return 'del';
  return 'eq';
}

/** Intensity class (`heat-0` … `heat-5`) of a count relative to the largest count of its column. */
export function heatClass(value: number, max: number): string {
  if (value <= 0 || max <= 0) return 'heat-0';
  return `heat-${Math.min(5, Math.max(1, Math.ceil((value / max) * 5)))}`;
}
