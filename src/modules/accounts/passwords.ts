import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../platform/errors';

// argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1): ~30 ms here, affordable per sign-in.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against a stored argon2id hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Refuses passwords too short or too common to protect an officer's account. */
export function checkPasswordStrength(password: string, username?: string): void {
  if (password.length < 10) {
    throw new AppError('validation', 'Mật khẩu phải có ít nhất 10 ký tự.', { errors: [{ path: 'password', message: 'Mật khẩu phải có ít nhất 10 ký tự.' }] });
  }
  if (password.length > 200) {
    throw new AppError('validation', 'Mật khẩu quá dài (tối đa 200 ký tự).');
  }
  const lower = password.toLowerCase();
  if ((username && lower.includes(username.toLowerCase())) || /^(.)\1+$/.test(password) || /^(0123456789|1234567890|matkhau|password)/.test(lower)) {
    throw new AppError('validation', 'Mật khẩu quá dễ đoán; hãy chọn mật khẩu khác.', { errors: [{ path: 'password', message: 'Mật khẩu quá dễ đoán.' }] });
  }
}

/** A random password for a first administrator or a reset, printed once. */
export function randomPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
