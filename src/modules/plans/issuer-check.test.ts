import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkCarriers } from '../organisations/work-carriers';
import { createResolver } from '../organisations/resolver';
import { demoOrg } from '../organisations/demo-data';
import type { Directory } from '../organisations';
import { checkIssuer } from './issuer-check';
import { parsePlanDocument } from './parser';

const byId = new Map(demoOrg.units.map((u) => [u.id, u]));
const dir: Directory = { snapshot: demoOrg, resolver: createResolver(demoOrg), unit: (id) => byId.get(id), carriers: createWorkCarriers(demoOrg.units, demoOrg.successions, []), overrides: [] };
const TODAY = '2026-12-02';
const REAL = '../shared/reference-docs/plans-real';

describe('is the plan the province’s own before its group phrases are expanded', () => {
  it('takes the founding plan of Yên Bái (2024) as Lào Cai’s own after the merger', async () => {
    const plan = await parsePlanDocument(fs.readFileSync('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt'), 'kh.txt');
    expect(checkIssuer(dir, plan, plan.issuedOn!, TODAY)).toMatchObject({ status: 'own', message: null });
  });

  it('flags the real plans of tỉnh Lâm Đồng as another province’s', async () => {
    const files = fs.existsSync(REAL) ? fs.readdirSync(REAL).filter((f) => f.endsWith('.txt')) : [];
    if (process.env.REQUIRE_ALL_TIERS === '1' || files.length) expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const plan = await parsePlanDocument(fs.readFileSync(`${REAL}/${f}`), f);
      const check = checkIssuer(dir, plan, plan.issuedOn ?? TODAY, TODAY);
      expect(check.status, f).toBe('other');
      expect(check.issuerProvince, f).toMatch(/Lâm Đồng/);
      expect(check.message, f).toContain('không phải của tỉnh');
      // the place is not repeated after an issuer that names it
      if (plan.issuer?.includes('Lâm Đồng')) expect(check.message, f).toContain(`Kế hoạch do ${plan.issuer} ban hành`);
    }
  });

  it.each([
    ['dien-bien-17-KH-SNV-2024-short.txt', 'other'],
    ['hoa-binh-123-QD-UBND-2025-annex.txt', 'other'],
    ['lang-son-456-UBND-NC-2024-cong-van.txt', 'other'],
    ['van-chan-38-KH-UBND-2025-flattened.txt', 'own'],
    ['lao-cai-52-KH-STP-2024-table.txt', 'own'],
  ])('reads %s as %s (a "Sở Nội vụ" under another province’s place line is not ours)', async (file, status) => {
    const plan = await parsePlanDocument(fs.readFileSync(`test/fixtures/plans/${file}`), file);
    expect(checkIssuer(dir, plan, plan.issuedOn ?? TODAY, TODAY).status).toBe(status);
  });
});
