/** The timer from detection to the first published statement (DOMAIN.md PN-05) and its median over crises. */

export interface TimerState {
  /** Hours from detection to the first statement, or to `at` while there is none. */
  elapsedHours: number;
  targetHours: number;
  dueAt: string;
  isStopped: boolean;
  isWithinTarget: boolean;
}

const HOUR = 3_600_000;

/** Where the timer stands at `at`: stopped at the first published statement, running before it. */
export function timerOf(detectedAt: string, firstStatementAt: string | null, targetHours: number, at: Date): TimerState {
  const start = new Date(detectedAt).getTime();
  const end = firstStatementAt ? new Date(firstStatementAt).getTime() : at.getTime();
  const elapsedHours = Math.max(0, end - start) / HOUR;
  return { elapsedHours, targetHours, dueAt: new Date(start + targetHours * HOUR).toISOString(), isStopped: firstStatementAt !== null, isWithinTarget: elapsedHours <= targetHours };
}

/** The median of the values (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Hours with one decimal, as the office and the annual report print them. */
export const oneDecimal = (hours: number) => Math.round(hours * 10) / 10;
