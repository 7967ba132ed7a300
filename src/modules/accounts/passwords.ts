import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../platform/errors';
import { passwordProblem } from './password-rules';

// argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1): ~30 ms here, affordable per sign-in.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashes a password with argon2id, in Unicode NFC: "mật khẩu" typed by a composing keyboard (Unikey's "Unicode tổ
 * hợp", macOS) is the same password as typed precomposed.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

/**
 * Checks a password against a stored argon2id hash, in NFC; a hash made before passwords were normalised may hold
 * the form as typed, which is tried too. A malformed hash counts as a mismatch.
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    const nfc = password.normalize('NFC');
    if (await verify(stored, nfc)) return true;
    return nfc !== password && (await verify(stored, password));
  } catch {
    return false;
  }
}

/**
 * Refuses a password that is too short or too guessable, naming the rule that failed (password-rules.ts).
 * `field` is the form field the error belongs to.
 */
export function checkPasswordStrength(password: string, username?: string, opts: { field?: string; email?: string | null } = {}): void {
  const problem = passwordProblem(password, { username, email: opts.email });
  if (problem) throw new AppError('validation', problem.message, { errors: [{ path: opts.field ?? 'password', message: problem.message }] });
}

/** A random password for a first administrator or a reset, printed once. */
export function randomPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
