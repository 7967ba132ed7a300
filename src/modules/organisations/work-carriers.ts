/**
 * Who carries a unit's work after the unit is closed (DOMAIN.md HC-04, the 2025 reform). Records keep the unit they
 * had; this answers "who does it now": the unit itself while it is valid, else the successor of a merge or rename,
 * else every unit the work was split or transferred to (each may report; the coordinator can narrow it to one),
 * followed transitively (Sở TT&TT Yên Bái → Sở KH&CN Yên Bái → Sở KH&CN Lào Cai). A coordinator's override
 * (`org_work_carriers`) replaces what the successions say from its date on. Abolished without a successor: nobody,
 * and the office shows it as waiting for the coordinator.
 */
import { isValidAt } from './resolver';
import type { IsoDate, SuccessionRecord, UnitRecord } from './types';

/** A coordinator's decision: from `effectiveOn`, the work of `fromId` passes to `toId` (whatever the successions say). */
export interface WorkCarrierOverride {
  fromId: string;
  toId: string;
  effectiveOn: IsoDate;
  reason: string;
}

export interface CarrierAnswer {
  /** Units valid at the date that carry the work; [the unit] while it is valid; [] when nobody does. */
  carrierIds: string[];
  /** True when a coordinator's override decided it (somewhere along the chain). */
  isOverridden: boolean;
  /** True when the work went to several units by split or transfer and no override chose one. */
  isShared: boolean;
}

const PRIMARY: ReadonlySet<string> = new Set(['merge', 'rename']);
const SHARED: ReadonlySet<string> = new Set(['split', 'transfer']);

export interface WorkCarriers {
  /** Who carries the unit's work at `at`. */
  carriersOf(unitId: string, at: IsoDate): CarrierAnswer;
  /** The closed units whose work `unitId` carries at `at` (not including `unitId` itself). */
  inheritedBy(unitId: string, at: IsoDate): string[];
}

/** Builds the carrier answers for one directory snapshot; answers are memoised per date. */
export function createWorkCarriers(units: UnitRecord[], successions: SuccessionRecord[], overrides: WorkCarrierOverride[]): WorkCarriers {
  const byId = new Map(units.map((u) => [u.id, u]));
  const from = new Map<string, SuccessionRecord[]>();
  for (const s of successions) from.set(s.fromId, [...(from.get(s.fromId) ?? []), s]);
  const overridesOf = new Map<string, WorkCarrierOverride[]>();
  for (const o of [...overrides].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn))) {
    overridesOf.set(o.fromId, [...(overridesOf.get(o.fromId) ?? []), o]);
  }
  const answers = new Map<string, CarrierAnswer>();
  const reverse = new Map<IsoDate, Map<string, string[]>>();

  function carriers(unitId: string, at: IsoDate, path: Set<string>): CarrierAnswer {
    const key = `${unitId}|${at}`;
    const hit = answers.get(key);
    if (hit) return hit;
    const unit = byId.get(unitId);
    let answer: CarrierAnswer;
    if (!unit || path.has(unitId)) answer = { carrierIds: [], isOverridden: false, isShared: false };
    else if (isValidAt(unit, at) && !(overridesOf.get(unitId) ?? []).some((o) => o.effectiveOn <= at)) answer = { carrierIds: [unitId], isOverridden: false, isShared: false };
    else {
      const next = new Set(path).add(unitId);
      const override = (overridesOf.get(unitId) ?? []).filter((o) => o.effectiveOn <= at).at(-1);
      if (override) {
        const inner = carriers(override.toId, at, next);
        answer = { carrierIds: inner.carrierIds, isOverridden: true, isShared: inner.isShared };
      } else {
        const effective = (from.get(unitId) ?? []).filter((s) => s.toId !== null && s.effectiveOn <= at);
        const primary = effective.filter((s) => PRIMARY.has(s.kind));
        const targets = primary.length > 0 ? primary : effective.filter((s) => SHARED.has(s.kind));
        const inner = targets.map((s) => carriers(s.toId!, at, next));
        const ids = [...new Set(inner.flatMap((a) => a.carrierIds))];
        answer = { carrierIds: ids, isOverridden: inner.some((a) => a.isOverridden), isShared: ids.length > 1 || inner.some((a) => a.isShared) };
      }
    }
    if (answers.size > 50_000) answers.clear();
    answers.set(key, answer);
    return answer;
  }

  return {
    carriersOf: (unitId, at) => carriers(unitId, at, new Set()),
    inheritedBy(unitId, at) {
      let map = reverse.get(at);
      if (!map) {
        map = new Map();
        for (const u of units) {
          if (isValidAt(u, at) && !overridesOf.has(u.id)) continue;
          for (const c of carriers(u.id, at, new Set()).carrierIds) {
            if (c !== u.id) map.set(c, [...(map.get(c) ?? []), u.id]);
          }
        }
        if (reverse.size > 32) reverse.clear();
        reverse.set(at, map);
      }
      return map.get(unitId) ?? [];
    },
  };
}
