/**
 * The thresholds of the coordinated-submission signals, in one place. They are operational settings, not legal
 * rules: no law sets them (so they are not in the dated rules table, which holds periods and thresholds of the
 * law), and a signal only asks a moderator to look; it never changes, hides or deletes a comment. Tune them here.
 */
export const SIGNAL_THRESHOLDS = {
  /** Near-identical comments (one campaign, or one exact text) arriving within `windowMs`. */
  burst: { min: 20, windowMs: 60_000 },
  /**
   * Comments of one round from one address. Mobile networks put many people behind one address, so this is
   * well above one person's use; intake itself refuses more than 10 per address in 10 minutes.
   */
  sameAddress: { min: 25 },
  /** Comments of one round from one email or one phone number (intake refuses more than 20 a day per identity). */
  sameIdentity: { min: 10 },
  /**
   * First-time identities (an email, or a phone number without email, never seen before on the platform) in one
   * window: at least `min`, and at least `factor` times the round's average per window before it. Until the round
   * has `warmupWindows` windows behind it there is no average to speak of (everyone is new when a round opens), and
   * the bar is `min` × `factor`.
   */
  newIdentities: { min: 30, factor: 5, windowMs: 10 * 60_000, warmupWindows: 6 },
  /**
   * The job reads only comments older than this: a comment is stamped when it is offered to intake and stored a
   * moment later, so a younger one could still be joined by one stamped before it.
   */
  settleMs: 10_000,
} as const;

export const SIGNAL_KINDS = ['burst', 'same_address', 'same_email', 'same_phone', 'new_identities'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const SIGNAL_STATUSES = ['new', 'cleared', 'suspicious'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];
