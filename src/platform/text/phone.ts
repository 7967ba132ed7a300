/**
 * Telephone numbers as people write them in Việt Nam. A mobile number has 10 digits (0 and 9 more, since the 2018
 * renumbering), a landline 11 (0, the area code 2xx and 7–8 digits); +84 or 84 replaces the leading 0. A foreign
 * number is written with + and its country code. Spaces, dots, dashes and brackets are ignored.
 */
export function phoneDigits(written: string): string {
  return written.replace(/[\s.()-]/g, '');
}

export function isPhoneNumber(written: string): boolean {
  const d = phoneDigits(written);
  if (/^0\d{9,10}$/.test(d)) return true;
  if (/^\+?84\d{9,10}$/.test(d)) return true;
  return /^\+(?!84)\d{7,14}$/.test(d);
}

/** What is wrong with a written number, with an example; null when it is one. */
export function phoneProblem(written: string): string | null {
  return isPhoneNumber(written) ? null : 'Số điện thoại không hợp lệ: số di động có 10 chữ số (ví dụ 0912 345 678), số cố định có 11 chữ số kèm mã vùng (ví dụ 0214 3820 123).';
}
