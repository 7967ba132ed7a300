/**
 * Who signs the synthesis report (NĐ 30/2020 Art. 13; DOMAIN.md VB-08): chosen by the officer who publishes it,
 * prefilled with the head of the drafting unit when the directory's people data names one.
 */
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { cleanText, fold } from '../../platform/text';
import { peopleOfUnit } from './repo';

/** A signer as the officer enters it; the authority ("KT. GIÁM ĐỐC") is worked out from the title when absent. */
export interface SignerInput {
  name: string;
  title: string;
  authority?: string | null;
}

/** Titles of the head of a unit, most senior first (folded: no case, no accents). */
const HEAD_TITLES: readonly RegExp[] = [/^giam doc\b/u, /^chu tich\b/u, /^truong ban\b/u, /^chanh van phong\b/u, /^chanh thanh tra\b/u, /^thu truong\b/u, /^truong\b/u];

/** Longest name, title or authority line accepted. */
const MAX_LINE = 120;

/** The head of a unit among its people (the first by seniority of title), or null. */
export function headAmong(people: { fullName: string; title: string | null }[]): SignerInput | null {
  for (const re of HEAD_TITLES) {
    const head = people.find((p) => p.title && re.test(fold(p.title)));
    if (head) return { name: head.fullName, title: head.title!, authority: null };
  }
  return null;
}

/** The default signer of a unit's synthesis report: its head in the directory, or null (the officer must enter one). */
export async function defaultSigner(db: Executor, unitId: string): Promise<SignerInput | null> {
  return headAmong(await peopleOfUnit(db, unitId));
}

/**
 * The signer given by the officer, cleaned, or the default; refused in Vietnamese when neither names someone.
 * Academic titles are not printed (NĐ 30), so the name is kept as given and the officer is trusted to omit them.
 */
export function checkSigner(input: Partial<SignerInput> | null | undefined, fallback: SignerInput | null): SignerInput {
  const name = cleanText(input?.name ?? '');
  const title = cleanText(input?.title ?? '');
  const authority = cleanText(input?.authority ?? '') || null;
  if (!name && !title && !authority && fallback) return fallback;
  const errors: { path: string; message: string }[] = [];
  if (!name) errors.push({ path: 'signerName', message: 'Nhập họ và tên người ký.' });
  if (!title) errors.push({ path: 'signerTitle', message: 'Nhập chức vụ người ký (ví dụ: Giám đốc, Phó Giám đốc).' });
  for (const [path, value] of [['signerName', name], ['signerTitle', title], ['signerAuthority', authority ?? '']] as const) {
    if (value.length > MAX_LINE) errors.push({ path, message: `Tối đa ${MAX_LINE} ký tự.` });
  }
  if (errors.length) throw new AppError('validation', 'Chưa có người ký báo cáo tổng hợp: nhập họ tên và chức vụ người ký.', { errors });
  return { name, title, authority };
}
