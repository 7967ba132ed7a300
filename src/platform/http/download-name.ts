/**
 * Content-Disposition for a download named in Vietnamese. Old clients read only `filename`, so its ASCII fallback
 * keeps the words (accents dropped, đ → d) and the extension ("Báo cáo kết quả 14/KH-UBND.docx" →
 * "Bao-cao-ket-qua-14-KH-UBND.docx", never a name without its ".docx"); `filename*` carries the real name.
 */
export function attachmentDisposition(fileName: string): string {
  const name = fileName.normalize('NFC').trim();
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const ascii = (t: string) =>
    t.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').replace(/[^A-Za-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  const fallback = `${ascii(stem).slice(0, 120) || 'Tai-lieu'}${ext ? `.${ascii(ext).toLowerCase()}` : ''}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
