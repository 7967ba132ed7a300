/**
 * Broadcasts leave the office for phones and mailboxes outside it, so they may only point to the public portal
 * (DOMAIN.md §6.3, AT-04, LY-10: a non-public draft never goes to the Zalo group): a link must be a portal address
 * (or a portal path, made absolute), and neither the link nor the text may point into the office or the API.
 */
const INTERNAL = /^\/(office|api)(\/|$)/;

/** The public link to send, or a Vietnamese reason it is refused. */
export function checkedLink(link: string, publicUrl: string): { url: string } | { problem: string } {
  const origin = new URL(publicUrl).origin;
  let u: URL;
  try {
    u = new URL(link, `${origin}/`);
  } catch {
    return { problem: 'Liên kết không hợp lệ.' };
  }
  if (!/^https?:$/.test(u.protocol) || (!link.startsWith('/') && !/^https?:\/\//i.test(link))) return { problem: 'Liên kết không hợp lệ: ghi địa chỉ trang trên cổng thông tin.' };
  if (u.origin !== origin) return { problem: `Chỉ gửi liên kết tới trang công khai trên cổng thông tin (${origin}).` };
  if (INTERNAL.test(u.pathname)) return { problem: 'Liên kết trỏ tới trang nội bộ của văn phòng: không gửi dự thảo hay tài liệu chưa công khai ra nhóm. Hãy dùng địa chỉ trang công khai trên cổng thông tin.' };
  return { url: u.toString() };
}

/** True when `text` holds an address into the office or the API of this installation (absolute, or a bare path). */
export function mentionsOffice(text: string, publicUrl: string): boolean {
  const host = new URL(publicUrl).host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`((https?://)?${host}|(^|[\\s(<"']))/(office|api)(/|\\b)`, 'i').test(text);
}
