/** Reading the benchmarks' size settings from the environment. */

/** A whole number from the environment variable `name` (≥ `min`), or `fallback` when unset; throws on a bad value. */
export function intEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
}
