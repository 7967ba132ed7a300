import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../platform/text';
import { demoOrg } from './demo-data';
import { canonicalKey, createResolver, isValidAt } from './resolver';
import { UNIT_TYPES, type UnitRecord } from './types';

const { units, groups, successions } = demoOrg;
const byId = new Map(units.map((u) => [u.id, u]));

/** Every date on which the tree changes, plus one day inside each interval: enough to check "at any date". */
const checkDates = [...new Set(units.flatMap((u) => [u.validFrom, u.validTo ?? '2099-01-01']))].sort();

describe('demo organisation data: integrity', () => {
  it('has unique, readable ids for units and groups', () => {
    const ids = units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const groupIds = groups.map((g) => g.id);
    expect(new Set(groupIds).size).toBe(groupIds.length);
    expect(demoOrg.aliases).toEqual([]);
  });

  it('uses valid dates, types and levels consistent with the type', () => {
    const levelOf: Partial<Record<UnitRecord['type'], UnitRecord['level']>> = {
      ubnd_tinh: 'province', hdnd_tinh: 'province', so: 'province', ubnd_huyen: 'district', ubnd_xa: 'commune', bo: 'central', chinh_phu: 'central',
    };
    for (const u of units) {
      expect(isIsoDate(u.validFrom), u.id).toBe(true);
      if (u.validTo !== null) {
        expect(isIsoDate(u.validTo), u.id).toBe(true);
        expect(u.validFrom < u.validTo, u.id).toBe(true);
      }
      expect(UNIT_TYPES).toContain(u.type);
      const expected = levelOf[u.type];
      if (expected) expect(u.level, u.id).toBe(expected);
    }
  });

  it('has every parent existing and valid over the whole validity of its child', () => {
    for (const u of units) {
      if (u.parentId === null) continue;
      const p = byId.get(u.parentId);
      expect(p, `${u.id} → ${u.parentId}`).toBeDefined();
      if (!p) continue;
      expect(p.validFrom <= u.validFrom, `${u.id} starts before its parent`).toBe(true);
      if (p.validTo !== null) expect(u.validTo !== null && u.validTo <= p.validTo, `${u.id} outlives its parent`).toBe(true);
    }
  });

  it('has a succession for every closed unit, pointing at units valid on the effective date', () => {
    for (const u of units.filter((x) => x.validTo !== null)) {
      expect(successions.some((s) => s.fromId === u.id), `${u.id} closes without a succession`).toBe(true);
    }
    for (const s of successions) {
      const from = byId.get(s.fromId);
      expect(from, s.fromId).toBeDefined();
      if (!from) continue;
      if (s.kind === 'transfer') {
        expect(from.validFrom < s.effectiveOn && (from.validTo === null || s.effectiveOn <= from.validTo), `${s.fromId} transfer date`).toBe(true);
      } else {
        expect(s.effectiveOn, `${s.fromId} ${s.kind} must happen when it closes`).toBe(from.validTo);
      }
      if (s.toId === null) {
        expect(s.kind).toBe('abolish');
        continue;
      }
      const to = byId.get(s.toId);
      expect(to, s.toId).toBeDefined();
      if (to) expect(isValidAt(to, s.effectiveOn), `${s.toId} not valid on ${s.effectiveOn}`).toBe(true);
    }
  });

  it('never has two units valid on the same date with the same canonical name under the same parent', () => {
    for (const at of checkDates) {
      const seen = new Map<string, string>();
      for (const u of units.filter((x) => isValidAt(x, at))) {
        const k = `${u.parentId ?? ''}|${canonicalKey(u.name)}`;
        expect(seen.get(k), `${u.id} and ${seen.get(k)} on ${at}`).toBeUndefined();
        seen.set(k, u.id);
      }
    }
  });

  it('resolves every unit by its own full name to itself throughout its validity (no hidden collisions)', () => {
    const r = createResolver(demoOrg);
    for (const u of units) {
      for (const at of checkDates.filter((d) => isValidAt(u, d))) {
        expect(r.resolve(u.name, at), `${u.name} on ${at}`).toMatchObject({ status: 'unit', unitIds: [u.id] });
      }
    }
  });

  it('has groups whose phrases never collide with a unit name', () => {
    const r = createResolver(demoOrg);
    for (const g of groups) {
      for (const at of [g.validFrom, '2024-01-17', '2026-01-01'].filter((d) => isValidAt(g, d))) {
        for (const phrase of [g.name, ...g.aliases]) expect(r.resolve(phrase, at), `${phrase} on ${at}`).toMatchObject({ status: 'group', groupId: g.id });
      }
    }
  });

  it('models the 2024 province and the two reforms of 2025', () => {
    const r = createResolver(demoOrg);
    const at2024 = r.unitsAt('2024-06-01');
    expect(at2024.filter((u) => u.type === 'ubnd_huyen').map((u) => u.id)).toHaveLength(9);
    expect(at2024.filter((u) => u.type === 'so' && u.parentId === 'yb-ubnd')).toHaveLength(15);
    const at2025 = r.unitsAt('2025-04-01').filter((u) => u.type === 'so' && u.parentId === 'yb-ubnd').map((u) => u.id);
    expect(at2025).toHaveLength(11);
    expect(at2025).toEqual(expect.arrayContaining(['yb-so-nnmt', 'yb-so-dttg']));
    expect(at2025).not.toContain('yb-so-tttt');
    const at2026 = r.unitsAt('2026-01-01');
    expect(at2026.some((u) => u.level === 'district')).toBe(false);
    expect(at2026.some((u) => u.id.startsWith('yb-'))).toBe(false);
    expect(at2026.filter((u) => u.type === 'ubnd_xa').length).toBeGreaterThanOrEqual(10);
  });
});
