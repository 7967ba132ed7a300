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

  it('api.gen.ts is what `npm run contract` generates today (run it after changing a schema)', async () => {
    expect(await contractSource(doc), 'src/web/office/contract/api.gen.ts is stale: run `npm run contract`').toBe(await committedContract());
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
