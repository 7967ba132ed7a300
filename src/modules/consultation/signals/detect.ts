import { createHash } from 'node:crypto';

// Pure parts of the signal job: the burst finder and the masked labels. No database here.

/** A comment as the detection sees it: its id and arrival (ms). */
export interface Stamp {
  id: string;
  at: number;
}

/**
 * The bursts among the comments of one group (sorted by arrival): every comment that lies in some window of
 * `windowMs` holding at least `min` comments of the group, split into runs where consecutive members are at most
 * `windowMs` apart. Each run is one burst.
 */
export function bursts(stamps: Stamp[], min: number, windowMs: number): Stamp[][] {
  const inBurst = new Array<boolean>(stamps.length).fill(false);
  let j = 0;
  for (let i = 0; i < stamps.length; i++) {
    if (j < i) j = i;
    while (j + 1 < stamps.length && stamps[j + 1]!.at - stamps[i]!.at <= windowMs) j++;
    if (j - i + 1 >= min) for (let k = i; k <= j; k++) inBurst[k] = true;
  }
  const runs: Stamp[][] = [];
  let run: Stamp[] = [];
  stamps.forEach((s, k) => {
    if (!inBurst[k]) return;
    if (run.length && s.at - run[run.length - 1]!.at > windowMs) {
      runs.push(run);
      run = [];
    }
    run.push(s);
  });
  if (run.length) runs.push(run);
  return runs;
}

/** An email as the office may show it: the first letter of the mailbox, then `***@` and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** A phone number as the office may show it: its first two and last three digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return '*'.repeat(digits.length);
  return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 5)}${digits.slice(-3)}`;
}

/**
 * A short label for a sender's address: the comments keep only a hash of it (`ip:<hex>`), and the label shows six
 * characters of a hash of that, enough to tell two addresses apart on one screen, not to find the address.
 */
export function addressLabel(clientKey: string): string {
  return `#${createHash('sha256').update(clientKey).digest('hex').slice(0, 6)}`;
}

/** The key under which an identity's signals are kept: a hash, so the signal tables hold no email or phone. */
export function identityKey(kind: 'email' | 'phone', value: string): string {
  return `${kind}:${createHash('sha256').update(`${kind}:${value}`).digest('hex').slice(0, 32)}`;
}

/** The window number of an instant: windows are `windowMs` long, counted from the epoch. */
export const windowOf = (at: number, windowMs: number): number => Math.floor(at / windowMs);

/** The beginning of a text for the office, at most `n` characters. */
export const excerptOf = (text: string, n = 200): string => (text.length > n ? `${text.slice(0, n)}…` : text);
