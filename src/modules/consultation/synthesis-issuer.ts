/**
 * How the synthesis report cites the written replies of the consulted bodies. The issuer, its header lines and its
 * document code come from the directory (organisations/document-identity.ts), like every generated report's.
 */
/** Vietnamese names of the kinds a written reply may carry in its number ("45/BC-MTTQ" → "Báo cáo"). */
const REPLY_KINDS: Readonly<Record<string, string>> = { BC: 'Báo cáo', TB: 'Thông báo', TTr: 'Tờ trình', KL: 'Kết luận', NQ: 'Nghị quyết', BB: 'Biên bản', KH: 'Kế hoạch' };

/**
 * A consulted body's written reply as an official text cites it: "Công văn số 123/STP-XDKTVB ngày 05/3/2026",
 * "Báo cáo số 45/BC-MTTQ ngày 10/3/2026" (the kind read from the number, a letter when it carries none); a
 * reference that already names its kind is kept; without a reference, "văn bản ngày 05/3/2026".
 */
export function replyReference(answerRef: string | null, answeredOn: string): string {
  const [y, m, d] = answeredOn.split('-');
  const date = `ngày ${d}/${Number(m) < 3 ? m : String(Number(m))}/${y}`;
  const ref = (answerRef ?? '').normalize('NFC').trim().replace(/^số\s*:?\s*/iu, '');
  if (!ref) return `văn bản ${date}`;
  if (/^\p{L}[\p{Ll}]*\s/u.test(ref) && !/^\d/u.test(ref)) return /\bngày\b/u.test(ref) ? ref : `${ref} ${date}`;
  const kind = /^\d+(?:\/\d{4})?\/([\p{L}]+)-/u.exec(ref)?.[1];
  return `${(kind && REPLY_KINDS[kind]) ?? 'Công văn'} số ${ref} ${date}`;
}
