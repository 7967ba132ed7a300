import type { Executor } from '../db';
import type { AuditView } from './index';
import { actionLabel, auditVocabulary, pick, plainValue, subjectTypeLabel, type Lang, type SubjectName } from './labels';

/** One changed field of an entry, in words: its label and the values before and after (null: not recorded). */
export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** An audit entry as a person reads it; `summary` and `requestId` stay for the "Chi tiết" disclosure. */
export interface AuditEntryView {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  actionLabel: string;
  subjectType: string;
  subjectTypeLabel: string;
  subjectName: string | null;
  subjectHref: string | null;
  changes: AuditChange[];
  summary: unknown;
  requestId: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A text field of the summary's after (else before) part. */
function summaryText(summary: unknown, key: string): string | null {
  if (!isRecord(summary)) return null;
  for (const part of [summary.after, summary.before]) if (isRecord(part) && typeof part[key] === 'string') return part[key] as string;
  return null;
}

/** The stored name of an actor without an account, in words ("hệ thống (nhắc hạn)" → "Hệ thống (nhắc hạn)"). */
function actorText(e: AuditView, lang: Lang): string {
  if (e.actorId) return e.actorName;
  if (e.actorName === 'khách') return lang === 'en' ? 'Visitor (not signed in)' : 'Khách (không đăng nhập)';
  const job = /^hệ thống \((.*)\)$/.exec(e.actorName);
  if (job) return lang === 'en' ? `System (${job[1]})` : `Hệ thống (${job[1]})`;
  return e.actorName;
}

async function subjectNames(db: Executor, entries: AuditView[]): Promise<Map<string, SubjectName>> {
  const byType = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.subjectId) continue;
    const ids = byType.get(e.subjectType) ?? new Set<string>();
    ids.add(e.subjectId);
    byType.set(e.subjectType, ids);
  }
  const out = new Map<string, SubjectName>();
  const vocabulary = auditVocabulary();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const names = vocabulary.subjects[type]?.names;
      if (!names) return;
      for (const [id, name] of await names(db, [...ids])) out.set(`${type}|${id}`, name);
    }),
  );
  return out;
}

async function changesOf(db: Executor, e: AuditView, lang: Lang): Promise<AuditChange[]> {
  const summary = isRecord(e.summary) ? e.summary : {};
  const before = isRecord(summary.before) ? summary.before : {};
  const after = isRecord(summary.after) ? summary.after : {};
  const fields = auditVocabulary().subjects[e.subjectType]?.fields ?? {};
  const out: AuditChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const field = fields[key];
    // a field no module labelled is shown only under "Chi tiết": its name is the software's, not the reader's
    if (!field) continue;
    const render = async (v: unknown) => (field.value ? field.value(v, { db, lang }) : plainValue(v, lang));
    out.push({
      field: key,
      label: pick(field.label, lang),
      before: key in before ? await render(before[key]) : null,
      after: key in after ? await render(after[key]) : null,
    });
  }
  return out;
}

/** Entries in words: action names, the person, the record by its name with a link, and field-by-field changes. */
export async function presentAuditEntries(db: Executor, entries: AuditView[], lang: Lang = 'vi'): Promise<AuditEntryView[]> {
  const names = await subjectNames(db, entries);
  // the name an actor had then, with the user name that tells two "Nguyễn Văn A" (or a renamed account) apart
  const actorIds = [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const handles = actorIds.length ? ((await auditVocabulary().subjects.user?.handles?.(db, actorIds)) ?? new Map<string, string>()) : new Map<string, string>();
  return Promise.all(
    entries.map(async (e) => {
      const subject = e.subjectId ? names.get(`${e.subjectType}|${e.subjectId}`) : undefined;
      const kind = auditVocabulary().subjects[e.subjectType];
      const fixed = kind?.fixedName;
      const written = kind?.summaryName ? summaryText(e.summary, kind.summaryName) : null;
      return {
        seq: e.seq,
        at: e.at,
        actorName: e.actorId && handles.has(e.actorId) ? `${actorText(e, lang)} (${handles.get(e.actorId)})` : actorText(e, lang),
        action: e.action,
        actionLabel: actionLabel(e.action, lang),
        subjectType: e.subjectType,
        subjectTypeLabel: subjectTypeLabel(e.subjectType, lang),
        subjectName: subject?.name ?? written ?? (fixed ? pick(fixed.name, lang) : null),
        subjectHref: subject?.href ?? fixed?.href ?? null,
        changes: await changesOf(db, e, lang),
        summary: e.summary,
        requestId: e.requestId,
      };
    }),
  );
}
