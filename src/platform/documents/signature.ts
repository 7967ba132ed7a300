/**
 * The signature block's lines from who signs (NĐ 30/2020 Art. 13, App. I §II.7; DOMAIN.md VB-08): the head of a
 * collective body (Ủy ban nhân dân) signs "TM." the collective; a deputy signs "KT." the head; the head of a
 * department (Giám đốc) signs in person; acting heads sign "Q.". Titles are matched whatever their case and accents.
 */
import { fold } from '../text';
import type { Signer } from './types';

/** The head's title for each deputy title, as printed after "KT.". */
const HEAD_OF_DEPUTY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^pho chu tich\b/u, 'Chủ tịch'],
  [/^pho giam doc\b/u, 'Giám đốc'],
  [/^pho truong ban\b/u, 'Trưởng ban'],
  [/^pho chanh van phong\b/u, 'Chánh Văn phòng'],
  [/^pho thu truong\b/u, 'Thủ trưởng'],
  [/^pho truong\b/u, 'Trưởng'],
];

/** Whether the issuing body is a collective that its chair signs for ("TM. ỦY BAN NHÂN DÂN"). */
function collectiveOf(issuerName: string): string | null {
  const f = fold(issuerName);
  if (f.startsWith('uy ban nhan dan') || f.startsWith('ubnd')) return 'Ủy ban nhân dân';
  if (f.startsWith('hoi dong nhan dan') || f.startsWith('hdnd')) return 'Hội đồng nhân dân';
  return null;
}

/**
 * The printed signer for a person of `title` signing a document of `issuerName`, e.g. ("Phó Chủ tịch", "Ủy ban
 * nhân dân tỉnh Lào Cai") → { authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" }. An explicit authority
 * ("TL. GIÁM ĐỐC", "TUQ. CHỦ TỊCH") given by the person who generates the document wins.
 */
export function signerFor(person: { name: string; title: string; authority?: string | null }, issuerName: string): Signer {
  const title = person.title.normalize('NFC').trim();
  const name = person.name.normalize('NFC').trim();
  if (person.authority?.trim()) return { authority: person.authority.trim(), title, name };
  const f = fold(title);
  const deputyOf = HEAD_OF_DEPUTY.find(([re]) => re.test(f))?.[1];
  if (deputyOf) return { authority: `KT. ${deputyOf}`, title, name };
  const collective = collectiveOf(issuerName);
  if (collective && /^chu tich\b/u.test(f)) return { authority: `TM. ${collective}`, title, name };
  if (/^quyen\b/u.test(f)) return { authority: `Q. ${title.replace(/^quyền\s+/iu, '')}`, title: title.replace(/^quyền\s+/iu, ''), name };
  return { authority: null, title, name };
}
