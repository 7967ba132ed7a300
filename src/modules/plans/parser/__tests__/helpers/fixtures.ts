/**
 * Access to the plan fixtures in test/fixtures/plans.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../../../../../test/fixtures/plans/', import.meta.url));

/** Returns the text of a fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(`${DIR}${name}`, 'utf8');
}

/** Returns the raw bytes of a fixture file. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${DIR}${name}`));
}
