import { slugify } from '../../platform/text';

/**
 * A Content-Disposition for a download named in Vietnamese: the ASCII fallback keeps the extension
 * ("bao-cao-tong-hop-du-thao.docx", not "…-docx") and filename* carries the real name for browsers that read it.
 */
export function attachmentDisposition(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot + 1)] : [fileName, ''];
  const ascii = `${slugify(base).slice(0, 120) || 'tai-lieu'}${ext ? `.${slugify(ext)}` : ''}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
