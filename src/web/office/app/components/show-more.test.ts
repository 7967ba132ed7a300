import { describe, expect, it } from 'vitest';
import { shownCount } from './show-more';

const items = Array.from({ length: 120 }, (_, i) => ({ id: `r${i}` }));

describe('shownCount', () => {
  it('shows the first page, never more than there are', () => {
    expect(shownCount(items, 50, '')).toBe(50);
    expect(shownCount(items.slice(0, 7), 50, '')).toBe(7);
    expect(shownCount(items, 100, 'task-r99')).toBe(100);
  });

  it('reaches the report a #report- address points to', () => {
    expect(shownCount(items, 50, 'report-r99')).toBe(100);
    expect(shownCount(items, 50, 'report-r3')).toBe(50);
    expect(shownCount(items, 50, 'report-unknown')).toBe(50);
  });
});
