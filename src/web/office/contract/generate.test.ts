import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { committedContract, contractSource, openApiDocument, operationsWithoutResponse } from './generate';

describe('the office API contract (generated from /api/openapi.json)', () => {
  let doc: OpenAPI3;
  beforeAll(async () => {
    doc = await openApiDocument();
  }, 60_000);

  it('every route declares what it answers', () => {
    expect(operationsWithoutResponse(doc)).toEqual([]);
  });

  it('api.gen.ts is what `npm run contract` (the README’s command, run as written) generates today', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dt-contract-')), 'api.gen.ts');
    const run = spawnSync('npm', ['run', 'contract'], { encoding: 'utf8', env: { ...process.env, CONTRACT_OUT: out, LOG_LEVEL: 'silent' } });
    expect(run.status, run.stderr).toBe(0);
    const generated = fs.readFileSync(out, 'utf8');
    expect(generated, 'src/web/office/contract/api.gen.ts is stale: run `npm run contract`').toBe(await committedContract());
    expect(generated).toBe(await contractSource(doc));
  }, 120_000);

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
