import { describe, expect, it } from 'vitest';
import { roundStatus } from './present';
import type { RoundRow } from './repo';

const round = (patch: Partial<RoundRow>) => ({ opensOn: '2026-03-01', closesOn: '2026-03-31', closedEarlyAt: null, synthesisPublishedAt: null, ...patch }) as RoundRow;

describe('roundStatus', () => {
  it('follows the dates of a round nobody ended', () => {
    expect(roundStatus(round({}), '2026-02-28')).toBe('scheduled');
    expect(roundStatus(round({}), '2026-03-01')).toBe('open');
    expect(roundStatus(round({}), '2026-03-31')).toBe('open');
    expect(roundStatus(round({}), '2026-04-01')).toBe('closed');
  });

  it('is closed once closed early or once its synthesis report is published, whatever its dates say', () => {
    expect(roundStatus(round({ closedEarlyAt: '2026-03-20T03:00:00.000Z' }), '2026-03-21')).toBe('closed');
    expect(roundStatus(round({ synthesisPublishedAt: '2026-03-25T03:00:00.000Z' }), '2026-03-26')).toBe('closed');
  });
});
