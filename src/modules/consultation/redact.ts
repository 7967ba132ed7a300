/**
 * Removes personal data from a comment's text before it is published: phone numbers, email addresses and
 * identity-card numbers (CMND 9 digits, CCCD 12 digits). The original stays private in the office.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const ID_NUMBER = /(?<!\d)(?:\d[ .]?){11}\d(?!\d)|(?<!\d)\d{9}(?!\d)/g;
const PHONE = /(?<![\d])(?:\+?84|0)(?:[\s.-]?\d){8,10}(?![\d])/g;

export const REDACTED = '[đã ẩn thông tin cá nhân]';

export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, REDACTED).replace(PHONE, REDACTED).replace(ID_NUMBER, REDACTED);
}
