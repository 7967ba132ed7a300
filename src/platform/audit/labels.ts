import type { Executor } from '../db';
import { formatDateTimeVi } from '../text';

/** A label in the office's two languages, Vietnamese first. */
export type Label = readonly [vi: string, en: string];
/** The language a label is wanted in. */
export type Lang = 'vi' | 'en';

/** A record an audit entry is about, as a person knows it: a name, and where to see it in the office. */
export interface SubjectName {
  name: string;
  href: string | null;
}

/** What a value renderer may use: the database (names of units, tasks…) and the language. */
export interface ValueContext {
  db: Executor;
  lang: Lang;
}

/** One field of an entry's before/after summary: its label and, when the raw value is a code or an id, how to say it. */
export interface FieldVocabulary {
  label: Label;
  value?: (value: unknown, ctx: ValueContext) => string | Promise<string>;
}

/** One kind of record entries are about ("subject type"). */
export interface SubjectVocabulary {
  label: Label;
  /** Names of records by id, in one query; a record not found keeps only the kind's label. */
  names?: (db: Executor, ids: string[]) => Promise<Map<string, SubjectName>>;
  /** A summary field that names the record (after, else before) when no query can: a deleted record's name. */
  summaryName?: string;
  /** The name of a kind that has one record only (the organisation tree), when entries carry no id. */
  fixedName?: { name: Label; href: string | null };
  /** Fields of summaries about this kind of record; fields without a label show only under "Chi tiết". */
  fields?: Record<string, FieldVocabulary>;
  /**
   * The handle that tells records of the same name apart and never changes (an account's user name), by id. For
   * the accounts' kind it also follows the name of whoever acted: names are neither unique nor fixed.
   */
  handles?: (db: Executor, ids: string[]) => Promise<Map<string, string>>;
}

/** What a module says about the entries it writes: action names and the kinds of records. */
export interface AuditVocabulary {
  actions: Record<string, Label>;
  subjects: Record<string, SubjectVocabulary>;
}

const registry: AuditVocabulary = { actions: {}, subjects: {} };

/**
 * Adds modules' vocabularies (the composition root calls this once per module). Subjects with the same name
 * merge their fields, so a module may label the fields it writes about another module's records.
 */
export function registerAuditVocabulary(...vocabularies: AuditVocabulary[]): void {
  for (const v of vocabularies) {
    Object.assign(registry.actions, v.actions);
    for (const [type, s] of Object.entries(v.subjects)) {
      const prev = registry.subjects[type];
      registry.subjects[type] = prev ? { ...prev, ...s, names: s.names ?? prev.names, handles: s.handles ?? prev.handles, fields: { ...prev.fields, ...s.fields } } : s;
    }
  }
}

/** The merged vocabulary of every registered module. */
export function auditVocabulary(): Readonly<AuditVocabulary> {
  return registry;
}

/** The label in the wanted language. */
export const pick = (label: Label, lang: Lang): string => (lang === 'en' ? label[1] : label[0]);

/** An action's name; an action no module named reads as a generic phrase rather than its code. */
export function actionLabel(action: string, lang: Lang): string {
  const label = registry.actions[action];
  return label ? pick(label, lang) : lang === 'en' ? 'Other action' : 'Thao tác khác';
}

/** The name of a kind of record. */
export function subjectTypeLabel(type: string, lang: Lang): string {
  const label = registry.subjects[type]?.label;
  return label ? pick(label, lang) : lang === 'en' ? 'Other record' : 'Đối tượng khác';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value without a renderer: yes/no, dates as dd/mm/yyyy, numbers the Vietnamese way, lists joined. */
export function plainValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? (lang === 'en' ? 'yes' : 'có') : lang === 'en' ? 'no' : 'không';
  if (typeof value === 'number') return value.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN');
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTimeVi(new Date(value));
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => plainValue(v, lang)).join(', ');
  // an object has no plain reading: its field-by-field detail is behind "Chi tiết"
  return lang === 'en' ? '(see details)' : '(xem chi tiết)';
}

/** Renders a value with a map of codes to labels (an unknown code says so rather than showing itself). */
export function codeValue(labels: Record<string, Label | string>): (value: unknown, ctx: ValueContext) => string {
  return (value, ctx) => {
    if (value === null || value === undefined || value === '') return '—';
    const one = (v: unknown) => {
      const l = labels[String(v)];
      return l === undefined ? (ctx.lang === 'en' ? 'other' : 'khác') : typeof l === 'string' ? l : pick(l, ctx.lang);
    };
    return Array.isArray(value) ? value.map(one).join(', ') : one(value);
  };
}

/** Renders a count ("3 ý kiến") from a number or the length of a list. */
export function countValue(unit: Label): (value: unknown, ctx: ValueContext) => string {
  return (value, ctx) => {
    const n = Array.isArray(value) ? value.length : typeof value === 'number' ? value : null;
    return n === null ? '—' : `${n.toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'vi-VN')} ${pick(unit, ctx.lang)}`;
  };
}
