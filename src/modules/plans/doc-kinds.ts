/**
 * Names of the document kinds the plan parser reads from a number ("14/KH-UBND" → "KH"): the abbreviations of
 * NĐ 30/2020 App. III (DOMAIN.md VB-06) plus legal-document types, and "CV" for an official letter whose number
 * carries no type ("456/UBND-NC"). People see these names, never the abbreviation. The parser reads its
 * abbreviations and type headings from this table too.
 */
export const DOC_KINDS: Readonly<Record<string, { vi: string; en: string }>> = {
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  QC: { vi: 'Quy chế', en: 'Regulation' },
  QyĐ: { vi: 'Quy định', en: 'Rules' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  HD: { vi: 'Hướng dẫn', en: 'Guidance' },
  CTr: { vi: 'Chương trình', en: 'Programme' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  PA: { vi: 'Phương án', en: 'Scheme' },
  ĐA: { vi: 'Đề án', en: 'Project proposal' },
  DA: { vi: 'Dự án', en: 'Project' },
  BC: { vi: 'Báo cáo', en: 'Report' },
  BB: { vi: 'Biên bản', en: 'Minutes' },
  TTr: { vi: 'Tờ trình', en: 'Submission' },
  HĐ: { vi: 'Hợp đồng', en: 'Contract' },
  CĐ: { vi: 'Công điện', en: 'Urgent dispatch' },
  GM: { vi: 'Giấy mời', en: 'Invitation' },
  GUQ: { vi: 'Giấy ủy quyền', en: 'Power of attorney' },
  GGT: { vi: 'Giấy giới thiệu', en: 'Letter of introduction' },
  GNP: { vi: 'Giấy nghỉ phép', en: 'Leave permit' },
  PG: { vi: 'Phiếu gửi', en: 'Dispatch slip' },
  PC: { vi: 'Phiếu chuyển', en: 'Transfer slip' },
  PB: { vi: 'Phiếu báo', en: 'Notification slip' },
  SY: { vi: 'Bản sao y', en: 'Certified copy' },
  SL: { vi: 'Bản sao lục', en: 'Transcribed copy' },
  TrS: { vi: 'Bản trích sao', en: 'Extract copy' },
  TS: { vi: 'Bản trích sao', en: 'Extract copy' },
  NĐ: { vi: 'Nghị định', en: 'Decree' },
  TT: { vi: 'Thông tư', en: 'Circular' },
  TTLT: { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  VBHN: { vi: 'Văn bản hợp nhất', en: 'Consolidated text' },
  KL: { vi: 'Kết luận', en: 'Conclusion' },
  GXN: { vi: 'Giấy xác nhận', en: 'Certificate' },
  BGN: { vi: 'Bản ghi nhớ', en: 'Memorandum' },
  TTh: { vi: 'Bản thỏa thuận', en: 'Agreement' },
  PL: { vi: 'Phụ lục', en: 'Annex' },
  L: { vi: 'Luật', en: 'Law' },
  CV: { vi: 'Công văn', en: 'Official letter' },
};

/** Whether a kind abbreviation has a name in the table. */
export function isKnownDocKind(kind: string): boolean {
  return Object.hasOwn(DOC_KINDS, kind);
}

/**
 * The names to show for a document kind, sent next to `kind`: Vietnamese ("Kế hoạch") and English ("Plan");
 * the abbreviation itself only when the table does not know it, null when there is no kind.
 */
export function docKindLabels(kind: string | null): { kindLabel: string | null; kindLabelEn: string | null } {
  if (kind === null || kind === '') return { kindLabel: null, kindLabelEn: null };
  const known = isKnownDocKind(kind) ? DOC_KINDS[kind] : undefined;
  return { kindLabel: known?.vi ?? kind, kindLabelEn: known?.en ?? known?.vi ?? kind };
}
