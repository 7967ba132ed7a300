/**
 * The closing block: a borderless 50/50 table with "Nơi nhận" on the left and the signature on the right.
 */
import { Paragraph, Table } from 'docx';
import { recipientLines } from './doc-lines';
import { upperVi } from './docx-header';
import { layoutCell, layoutTable, para } from './docx-parts';
import { CLOSING_LEFT_WIDTH, CLOSING_RIGHT_WIDTH, type Nd30Sizes, SIGNATURE_SPACE } from './nd30-spec';
import type { Signer } from './types';

/** "Nơi nhận:" (12 pt bold italic) and the recipient items (11 pt regular). */
function recipientsCell(recipients: readonly string[], sz: Nd30Sizes): Paragraph[] {
  return [
    para('Nơi nhận:', { size: sz.noiNhan, bold: true, italics: true }),
    ...recipientLines(recipients).map((l) => para(l, { size: sz.recipient })),
  ];
}

/** Authority and title (bold, upper), room for the signature and seal, then the name (bold). */
function signatureCell(signer: Signer | null, sz: Nd30Sizes): Paragraph[] {
  const size = sz.body;
  if (signer === null) {
    // Kept as tall as a signed block so the page break falls in the same place once it is filled in.
    return [para('', { size }, { align: 'center', after: SIGNATURE_SPACE })];
  }
  const out: Paragraph[] = [];
  const authority = signer.authority?.trim();
  if (authority) out.push(para(upperVi(authority), { size, bold: true }, { align: 'center' }));
  out.push(para(upperVi(signer.title.trim()), { size, bold: true }, { align: 'center' }));
  out.push(para(signer.name.normalize('NFC').trim(), { size, bold: true }, { align: 'center', before: SIGNATURE_SPACE }));
  return out;
}

/** Builds the closing table; its single row never splits, so the signature is not orphaned from its title. */
export function closingTable(recipients: readonly string[], signer: Signer | null, sz: Nd30Sizes): Table {
  return layoutTable(
    [CLOSING_LEFT_WIDTH, CLOSING_RIGHT_WIDTH],
    [[layoutCell(CLOSING_LEFT_WIDTH, recipientsCell(recipients, sz)), layoutCell(CLOSING_RIGHT_WIDTH, signatureCell(signer, sz))]],
    true,
  );
}
