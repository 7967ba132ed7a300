import { forbidden, notFound, unauthenticated } from '../errors';
import type { Actor } from './actor';

/**
 * Deny by default: an ability is allowed only when a rule registered by a module says so. The system actor (CLI,
 * jobs) may do everything; anonymous visitors only what a rule allows them explicitly.
 */
export type Rule<S = unknown> = (actor: Actor, subject?: S) => boolean;

const rules = new Map<string, Rule<never>>();

/** Registers a module's rules; called once from each module's policy.ts. */
export function definePolicy<T extends Record<string, Rule<never>>>(moduleRules: T): T {
  for (const [ability, rule] of Object.entries(moduleRules)) {
    if (rules.has(ability)) throw new Error(`ability ${ability} is declared twice`);
    rules.set(ability, rule);
  }
  return moduleRules;
}

/** True when `actor` may use `ability` (on `subject`, when the rule looks at it). */
export function can<S>(actor: Actor, ability: string, subject?: S): boolean {
  if (actor.kind === 'system') return true;
  const rule = rules.get(ability) as Rule<S> | undefined;
  if (!rule) return false;
  return rule(actor, subject);
}

/** Throws 401 for an anonymous actor and 403 for a user without the ability. */
export function authorize<S>(actor: Actor, ability: string, subject?: S): void {
  if (can(actor, ability, subject)) return;
  if (actor.kind === 'anonymous') throw unauthenticated();
  throw forbidden();
}

/**
 * The record an action acts on, once the actor holds `ability` for the record's unit: a 404 naming `what` when it is
 * missing, a 403 for a role held in another unit. Actions call it before they read the body, so a refusal never
 * depends on what was sent (nor tells a stranger what is wrong with it) and nothing of theirs is stored; the action
 * checks the unit again on the row it locks.
 */
export async function recordOfUnit<T>(actor: Actor, ability: string, what: string, find: () => Promise<T | null>, unitOf: (record: T) => string): Promise<T> {
  authorize(actor, ability);
  const record = await find();
  if (!record) throw notFound(what);
  authorize(actor, ability, { unitId: unitOf(record) });
  return record;
}

/** Every registered ability name, for the permission test and the UI's abilities map. */
export function registeredAbilities(): string[] {
  return [...rules.keys()].sort();
}

/** The abilities map sent to the UI so it shows only what the user may do (subject-free rules only). */
export function abilitiesOf(actor: Actor): Record<string, boolean> {
  return Object.fromEntries(registeredAbilities().map((a) => [a, can(actor, a)]));
}

