import { describe, expect, it } from 'vitest';
import { demoOrg } from './demo-data';
import { createWorkCarriers } from './work-carriers';

const TODAY = '2026-12-02';

describe('who carries a closed unit’s work (demo: Yên Bái 2024 → Lào Cai 2025)', () => {
  const carriers = createWorkCarriers(demoOrg.units, demoOrg.successions, []);

  it('is the unit itself while it is valid', () => {
    expect(carriers.carriersOf('yb-so-tttt', '2024-06-01')).toEqual({ carrierIds: ['yb-so-tttt'], isOverridden: false, isShared: false });
    expect(carriers.carriersOf('lc-so-khcn', TODAY).carrierIds).toEqual(['lc-so-khcn']);
  });

  it('follows merges through both reforms, preferring the merge over partial transfers', () => {
    expect(carriers.carriersOf('yb-so-tttt', '2025-04-01').carrierIds).toEqual(['yb-so-khcn']);
    expect(carriers.carriersOf('yb-so-tttt', TODAY)).toEqual({ carrierIds: ['lc-so-khcn'], isOverridden: false, isShared: false });
    expect(carriers.carriersOf('yb-so-tp', TODAY).carrierIds).toEqual(['lc-so-tp']);
  });

  it('shares an abolished district’s work among the units it was transferred to', () => {
    const district = demoOrg.units.find((u) => u.type === 'ubnd_huyen' && u.id.startsWith('yb-'))!;
    const answer = carriers.carriersOf(district.id, TODAY);
    const transfers = demoOrg.successions.filter((s) => s.fromId === district.id && s.kind === 'transfer').length;
    if (transfers > 1) expect(answer.isShared).toBe(true);
    expect(answer.carrierIds.length).toBeGreaterThanOrEqual(transfers > 0 ? 1 : 0);
  });

  it('gives nobody for a unit abolished without successor', () => {
    const abolished = demoOrg.successions.find((s) => s.kind === 'abolish' && !demoOrg.successions.some((o) => o.fromId === s.fromId && o.toId))!;
    expect(carriers.carriersOf(abolished.fromId, TODAY).carrierIds).toEqual([]);
  });

  it('lists inherited work from the carrier’s side, transitively', () => {
    const inherited = carriers.inheritedBy('lc-so-khcn', TODAY);
    expect(inherited).toEqual(expect.arrayContaining(['yb-so-tttt', 'yb-so-khcn']));
    expect(inherited).not.toContain('lc-so-khcn');
    expect(carriers.inheritedBy('lc-so-khcn', '2024-06-01')).toEqual([]);
  });

  it('lets a coordinator’s decision replace what the successions say, from its date', () => {
    const withOverride = createWorkCarriers(demoOrg.units, demoOrg.successions, [{ fromId: 'yb-so-tttt', toId: 'lc-so-vhttdl', effectiveOn: '2025-07-01', reason: 'Báo chí, thông tin cơ sở' }]);
    expect(withOverride.carriersOf('yb-so-tttt', TODAY)).toEqual({ carrierIds: ['lc-so-vhttdl'], isOverridden: true, isShared: false });
    expect(withOverride.carriersOf('yb-so-tttt', '2025-04-01').carrierIds).toEqual(['yb-so-khcn']);
    expect(withOverride.inheritedBy('lc-so-vhttdl', TODAY)).toContain('yb-so-tttt');
    expect(withOverride.inheritedBy('lc-so-khcn', TODAY)).not.toContain('yb-so-tttt');
  });

  it('survives a cycle of decisions without looping', () => {
    const cyclic = createWorkCarriers(demoOrg.units, demoOrg.successions, [
      { fromId: 'yb-so-tp', toId: 'yb-so-yt', effectiveOn: '2024-01-01', reason: 'thử' },
      { fromId: 'yb-so-yt', toId: 'yb-so-tp', effectiveOn: '2024-01-01', reason: 'thử' },
    ]);
    expect(cyclic.carriersOf('yb-so-tp', '2024-06-01').carrierIds).toEqual([]);
  });
});
