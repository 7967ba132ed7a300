/**
 * What makes a password refused, said precisely. The rule is about guessability rather than character classes:
 * the parts an attacker tries first (the user name, words every password list starts with, runs like 1234 or
 * qwerty, a year, a repeated character) are set aside, and at least MIN_UNGUESSABLE characters must remain.
 * So "Ux-Admin-Pw1!" for the user admin passes (8 characters besides "admin"), "Admin@2024!" does not ("@!").
 */
export const MIN_LENGTH = 10;
export const MAX_LENGTH = 200;
export const MIN_UNGUESSABLE = 6;

// Folded (no diacritics), lower case, at least 4 letters: the first entries of every cracking list, and the
// Vietnamese and local words people reach for on this platform.
const COMMON_WORDS = [
  'password', 'passwd', 'matkhau', 'admin', 'administrator', 'quantri', 'login', 'welcome', 'letmein', 'qwerty',
  'iloveyou', 'monkey', 'dragon', 'master', 'football', 'sunshine', 'princess', 'superman', 'hello', 'secret',
  'xinchao', 'anhyeuem', 'emyeuanh', 'vietnam', 'hanoi', 'saigon', 'laocai', 'yenbai', 'dongthuan', 'ubnd',
  'changeme', 'default', 'test', 'user',
];
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** What the refusal is about: the field name in the error, and a Vietnamese sentence naming the failed rule. */
export interface PasswordProblem {
  rule: 'length' | 'too-long' | 'guessable';
  message: string;
}

/** Personal words that must not carry a password: the user name, and optionally the email's local part. */
export interface PasswordContext {
  username?: string;
  email?: string | null;
}

function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ') return 'd';
  return c.normalize('NFD').charAt(0).toLowerCase();
}

function markAll(haystack: string, needle: string, mask: boolean[]): boolean {
  if (needle.length === 0) return false;
  let found = false;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    for (let k = i; k < i + needle.length; k++) mask[k] = true;
    found = true;
  }
  return found;
}

function markSequences(s: string, mask: boolean[]): boolean {
  let found = false;
  // ascending or descending runs of 4+ (1234, dcba) and 4+ characters of a keyboard row, either way
  for (let i = 0; i < s.length; i++) {
    for (const step of [1, -1]) {
      let j = i;
      while (j + 1 < s.length && /[a-z0-9]/.test(s[j]!) && /[a-z0-9]/.test(s[j + 1]!) && s.charCodeAt(j + 1) - s.charCodeAt(j) === step) j++;
      if (j - i + 1 >= 4) {
        for (let k = i; k <= j; k++) mask[k] = true;
        found = true;
      }
    }
  }
  for (const row of KEYBOARD_ROWS) {
    for (const line of [row, [...row].reverse().join('')]) {
      for (let len = line.length; len >= 4; len--) {
        for (let start = 0; start + len <= line.length; start++) {
          if (markAll(s, line.slice(start, start + len), mask)) found = true;
        }
      }
    }
  }
  return found;
}

/** The first rule a password breaks, or null when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | null {
  const chars = [...password];
  if (chars.length < MIN_LENGTH) {
    return { rule: 'length', message: `Mật khẩu phải có ít nhất ${MIN_LENGTH} ký tự (mật khẩu này có ${chars.length}).` };
  }
  if (chars.length > MAX_LENGTH) return { rule: 'too-long', message: `Mật khẩu quá dài (tối đa ${MAX_LENGTH} ký tự).` };

  const folded = chars.map(foldChar).join('');
  const unleet = [...folded].map((c) => LEET[c] ?? c).join('');
  const mask = new Array<boolean>(folded.length).fill(false);
  const reasons: string[] = [];
  const username = context.username ? [...context.username.trim()].map(foldChar).join('') : '';
  if (username.length >= 3 && (markAll(folded, username, mask) || markAll(unleet, username, mask))) {
    reasons.push(`chứa tên đăng nhập «${context.username!.trim()}»`);
  }
  const local = context.email?.split('@')[0] ?? '';
  const emailLocal = [...local].map(foldChar).join('');
  if (emailLocal.length >= 4 && emailLocal !== username && (markAll(folded, emailLocal, mask) || markAll(unleet, emailLocal, mask))) {
    reasons.push('chứa phần tên trong địa chỉ thư điện tử');
  }
  const words = COMMON_WORDS.filter((w) => w !== username && (markAll(folded, w, mask) || markAll(unleet, w, mask)));
  if (words.length) reasons.push(`chứa từ thường gặp trong mật khẩu ${words.map((w) => `«${w}»`).join(', ')}`);
  if (markSequences(folded, mask)) reasons.push('chứa dãy ký tự liên tiếp (như 1234, abcd, qwerty)');
  let years = false;
  for (const m of folded.matchAll(/(?:19|20)\d\d/g)) {
    for (let k = m.index; k < m.index + 4; k++) mask[k] = true;
    years = true;
  }
  if (years) reasons.push('chứa một năm (như 1990, 2024)');
  let repeats = false;
  for (let i = 1; i < folded.length; i++) {
    if (folded[i] === folded[i - 1] && !mask[i]) {
      mask[i] = true;
      repeats = true;
    }
  }
  if (repeats) reasons.push('lặp lại ký tự liền nhau');
  const rest = mask.filter((m) => !m).length;
  if (rest >= MIN_UNGUESSABLE) return null;
  return {
    rule: 'guessable',
    message: `Mật khẩu quá dễ đoán: ${reasons.join('; ')}. ${rest === 0 ? 'Không còn ký tự nào khác ngoài những phần đó' : `Ngoài những phần đó chỉ còn ${rest} ký tự`} (cần ít nhất ${MIN_UNGUESSABLE}). Hãy thêm ký tự khó đoán hoặc dùng một câu dài hơn.`,
  };
}
