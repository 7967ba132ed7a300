import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { committedContract, contractSource, operationsWithoutResponse } from './generate';

describe('the office API contract (generated from /api/openapi.json)', () => {
  // `npm run contract` as the README writes it, into a temporary file, saving the OpenAPI document it read
  let doc: OpenAPI3;
  let generated: string;
  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-contract-'));
    try {
      const env = { ...process.env, CONTRACT_OUT: path.join(dir, 'api.gen.ts'), CONTRACT_DOC_OUT: path.join(dir, 'openapi.json'), LOG_LEVEL: 'silent' };
      const run = spawnSync('npm', ['run', 'contract'], { encoding: 'utf8', env });
      if (run.status !== 0) throw new Error(`npm run contract failed: ${run.stderr}`);
      generated = fs.readFileSync(env.CONTRACT_OUT, 'utf8');
      doc = JSON.parse(fs.readFileSync(env.CONTRACT_DOC_OUT, 'utf8')) as OpenAPI3;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('every route declares what it answers', () => {
    expect(operationsWithoutResponse(doc)).toEqual([]);
  });

  it('api.gen.ts is what `npm run contract` (the README’s command, run as written) generates today', async () => {
    expect(generated, 'src/web/office/contract/api.gen.ts is stale: run `npm run contract`').toBe(await committedContract());
    expect(generated).toBe(await contractSource(doc));
  });

  it('the check notices a changed schema and a route without a response', async () => {
    const changed = structuredClone(doc);
    const op = (changed.paths!['/api/v1/session'] as { get: { responses?: Record<string, unknown> } }).get;
    const res = op.responses!['200'] as { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    res.content['application/json'].schema.properties.addedField = { type: 'string' };
    expect(await contractSource(changed)).not.toBe(await contractSource(doc));
    delete (op as { responses?: unknown }).responses;
    expect(operationsWithoutResponse(changed)).toContain('GET /api/v1/session');
  });
});
