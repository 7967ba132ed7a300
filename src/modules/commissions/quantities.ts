import type { AcceptanceRow, DeliverableRow, LineRow } from './repo';

/**
 * How much of a line has been delivered: one unit per registered item, except a line counted in minutes ("phút"),
 * where an aired item counts its duration (a 15-minute programme delivers 15 of the 60 minutes ordered).
 */
export function deliveredQuantity(line: Pick<LineRow, 'id' | 'unit'>, deliverables: Pick<DeliverableRow, 'lineId' | 'durationMinutes'>[]): number {
  const mine = deliverables.filter((d) => d.lineId === line.id);
  if (line.unit.trim().toLowerCase() === 'phút') return mine.reduce((s, d) => s + (d.durationMinutes ?? 0), 0);
  return mine.length;
}

/** Quantity of a line accepted so far, over all acceptance records. */
export function acceptedQuantity(lineId: string, acceptances: Pick<AcceptanceRow, 'lines'>[]): number {
  return acceptances.reduce((s, a) => s + a.lines.filter((l) => l.lineId === lineId).reduce((t, l) => t + l.quantity, 0), 0);
}

/** Partly or fully delivered: fully when every line has at least its ordered quantity. */
export function deliveryState(lines: Pick<LineRow, 'id' | 'unit' | 'quantity'>[], deliverables: Pick<DeliverableRow, 'lineId' | 'durationMinutes'>[]): 'none' | 'partly' | 'fully' {
  if (deliverables.length === 0) return 'none';
  return lines.every((l) => deliveredQuantity(l, deliverables) >= l.quantity) ? 'fully' : 'partly';
}
