/**
 * The platform's notion of "now". In production it is the system clock. End-to-end tests that must see a
 * consultation close start the server with ENABLE_TEST_CLOCK=1 and move time forward through a guarded
 * endpoint; without that variable the offset cannot be changed.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function isTestClockEnabled(): boolean {
  return process.env.ENABLE_TEST_CLOCK === '1' && process.env.NODE_ENV !== 'production';
}

/** Moves the clock forward by whole days; refused unless the test clock is enabled. */
export function advanceClockDays(days: number): void {
  if (!isTestClockEnabled()) throw new Error('test clock disabled');
  offsetMs += days * 86_400_000;
}

/** Puts the clock back to the system's time (journeys share one server: each gives back the time it moved). */
export function resetClock(): void {
  if (!isTestClockEnabled()) throw new Error('test clock disabled');
  offsetMs = 0;
}
