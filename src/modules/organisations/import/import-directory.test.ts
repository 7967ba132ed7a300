import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../../test/app';
import { describeEachDriver } from '../../../../test/db';
import { buildTinyOrg, buildUser } from '../../../../test/factories';
import { auditLog } from '../../../platform/audit';
import type { App } from '../../../platform/http';
import { orgSuccessions, orgUnits } from '../tables';
import { sampleProvince } from './sample-province';
import { directoryToCsv, directoryToXlsx } from './write-directory';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeEachDriver('loading a province directory from a spreadsheet', (getDb) => {
  let app: App;
  let coordinator: Session;
  let officer: Session;
  const sample = sampleProvince({ districts: 2, communesPerDistrict: 9 });
  let file: Buffer;

  const upload = (url: string, who: Session, files: { fileName: string; data: Uint8Array }[]) => {
    const body = multipart(files.map((f) => ({ name: 'file', fileName: f.fileName, data: f.data, type: f.fileName.endsWith('.csv') ? 'text/csv' : XLSX })));
    return app.inject({ method: 'POST', url, headers: { ...auth(who), ...body.headers }, payload: body.payload });
  };
  const unitCount = async () => Number((await getDb().db.select({ n: count() }).from(orgUnits))[0]!.n);
  const importAudits = async () => Number((await getDb().db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'org.import')))[0]!.n);

  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'p' });
    coordinator = await signInAs(app, c.username, c.password);
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'p-tp' });
    officer = await signInAs(app, o.username, o.password);
    file = await directoryToXlsx(sample);
  });

  it('refuses officers: template, preview and apply need org.write', async () => {
    expect((await app.inject({ url: '/api/v1/org/import/template', headers: auth(officer) })).statusCode).toBe(403);
    expect((await upload('/api/v1/org/import/preview', officer, [{ fileName: 'tinh.xlsx', data: file }])).statusCode).toBe(403);
    expect((await upload('/api/v1/org/import', officer, [{ fileName: 'tinh.xlsx', data: file }])).statusCode).toBe(403);
    expect(await unitCount()).toBe(2);
  });

  it('serves the templates: .xlsx, and one CSV per table with a BOM', async () => {
    const xlsx = await app.inject({ url: '/api/v1/org/import/template', headers: auth(coordinator) });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const csv = await app.inject({ url: '/api/v1/org/import/template?format=csv&table=successions', headers: auth(coordinator) });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('ke-thua.csv');
    expect(csv.body).toBe('\ufeffTừ đơn vị (mã),Sang đơn vị (mã),Hình thức,Ngày hiệu lực,Căn cứ,Ghi chú\r\n');
  });

  it('previews without writing, applies in one go, and changes nothing when applied again', async () => {
    const preview = await upload('/api/v1/org/import/preview', coordinator, [{ fileName: 'tinh.xlsx', data: file }]);
    expect(preview.statusCode).toBe(200);
    const p = preview.json();
    expect(p.issues).toEqual([]);
    expect(p.counts.units).toEqual({ created: sample.units.length, updated: 0, unchanged: 0 });
    expect(p.counts.successions.created).toBe(sample.successions.length);
    expect(p.unitChanges).toHaveLength(sample.units.length);
    expect(p.tables).toEqual([
      { source: 'Trang Đơn vị', kind: 'units', rows: sample.units.length },
      { source: 'Trang Kế thừa', kind: 'successions', rows: sample.successions.length },
      { source: 'Trang Tên gọi khác', kind: 'aliases', rows: sample.aliases.length },
    ]);
    expect(await unitCount()).toBe(2);

    const applied = await upload('/api/v1/org/import', coordinator, [{ fileName: 'tinh.xlsx', data: file }]);
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ changed: true, counts: { units: { created: sample.units.length }, aliases: { created: sample.aliases.length } } });
    expect(await unitCount()).toBe(2 + sample.units.length);
    expect(await importAudits()).toBe(1);

    const again = await upload('/api/v1/org/import', coordinator, [{ fileName: 'tinh.xlsx', data: file }]);
    expect(again.json()).toEqual({
      changed: false,
      counts: {
        units: { created: 0, updated: 0, unchanged: sample.units.length },
        successions: { created: 0, updated: 0, unchanged: sample.successions.length },
        aliases: { created: 0, updated: 0, unchanged: sample.aliases.length },
      },
    });
    expect(await unitCount()).toBe(2 + sample.units.length);
    expect(Number((await getDb().db.select({ n: count() }).from(orgSuccessions))[0]!.n)).toBe(sample.successions.length);
    expect(await importAudits()).toBe(1);
  });

  it('resolves the imported units as of a date', async () => {
    const oldCommune = sample.units.find((u) => u.level === 'commune' && u.validTo !== null)!;
    const newCommune = sample.units.find((u) => u.level === 'commune' && u.validTo === null)!;
    const resolve = (name: string, at: string) => app.inject({ url: `/api/v1/org/resolve?name=${encodeURIComponent(name)}&at=${at}`, headers: auth(officer) }).then((r) => r.json());
    expect(await resolve(oldCommune.name, '2024-06-01')).toMatchObject({ status: 'unit', units: [{ id: oldCommune.id }] });
    expect((await resolve(oldCommune.name, '2026-01-01')).status).toBe('unresolved');
    expect(await resolve(newCommune.name, '2026-01-01')).toMatchObject({ status: 'unit', units: [{ id: newCommune.id }] });
    expect(await resolve(`${newCommune.shortName} (mới)`, '2026-01-01')).toMatchObject({ status: 'unit', units: [{ id: newCommune.id }] });
    const unit = (await app.inject({ url: `/api/v1/org/units/${oldCommune.id}`, headers: auth(officer) })).json();
    expect(unit.successors.map((s: { id: string }) => s.id)).toContain(sample.successions.find((s) => s.fromId === oldCommune.id)!.toId);
  });

  it('updates a changed unit from CSV files and refuses a file with errors whole, writing nothing', async () => {
    const renamed = { ...sample, units: sample.units.map((u) => (u.id === 'so-tp' ? { ...u, shortName: 'Sở Tư pháp (TS)' } : u)) };
    const preview = (await upload('/api/v1/org/import/preview', coordinator, directoryToCsv(renamed, ';'))).json();
    expect(preview.counts.units).toEqual({ created: 0, updated: 1, unchanged: sample.units.length - 1 });
    expect(preview.unitChanges).toEqual([expect.objectContaining({ id: 'so-tp', status: 'updated', changedColumns: ['Tên viết tắt'] })]);

    const broken = {
      ...renamed,
      units: [...renamed.units, { ...renamed.units[0]!, id: 'xa-lac', name: 'Xã Lạc', type: 'ubnd_xa' as const, level: 'commune' as const, parentId: 'xa-abc' }],
    };
    const refused = await upload('/api/v1/org/import', coordinator, directoryToCsv(broken, ';'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().title).toBe('Tệp còn 1 lỗi nên chưa nhập gì; hãy sửa rồi tải lên lại.');
    expect(refused.json().errors[0].message).toBe(`Tệp don-vi.csv, dòng ${broken.units.length + 1}, cột Đơn vị cấp trên (mã): không có đơn vị mã "xa-abc" trong tệp hoặc danh mục.`);
    const so = await getDb().db.select({ shortName: orgUnits.shortName }).from(orgUnits).where(eq(orgUnits.id, 'so-tp'));
    expect(so[0]!.shortName).toBe('Sở Tư pháp');

    const applied = (await upload('/api/v1/org/import', coordinator, directoryToCsv(renamed, ';'))).json();
    expect(applied).toMatchObject({ changed: true, counts: { units: { updated: 1 } } });
    expect(await importAudits()).toBe(2);
    const tp = (await app.inject({ url: '/api/v1/org/units/so-tp', headers: auth(officer) })).json();
    expect(tp.shortName).toBe('Sở Tư pháp (TS)');
  });

  it('keeps what a blank optional cell would wipe, and warns of a unit renamed in place with its old and new names', async () => {
    const province = sample.units.find((u) => u.id === 'ubnd-tinh')!;
    expect(province.abbreviations.length).toBeGreaterThan(0);
    const bare = { ...sample, units: sample.units.map((u) => (u.id === 'ubnd-tinh' ? { ...u, name: `${u.name} (mới)`, shortName: null, abbreviations: [] } : u)) };
    const preview = (await upload('/api/v1/org/import/preview', coordinator, directoryToCsv(bare, ';'))).json();
    // the name only: the short name and abbreviations left blank are kept, not wiped
    expect(preview.unitChanges.find((c: { id: string }) => c.id === 'ubnd-tinh')).toMatchObject({ changedColumns: ['Tên đơn vị'] });
    expect(preview.warnings.join(' ')).toContain(`“${province.name}” → “${province.name} (mới)”`);
    expect(preview.warnings.join(' ')).toContain('dòng kế thừa “Đổi tên”');
  });

  it('answers an unreadable or missing file with a Vietnamese 422', async () => {
    const junk = await upload('/api/v1/org/import/preview', coordinator, [{ fileName: 'a.xlsx', data: new TextEncoder().encode('not a spreadsheet') }]);
    expect(junk.statusCode).toBe(422);
    expect(junk.json().title).toMatch(/không phải bảng tính \.xlsx hợp lệ/);
    const form = multipart([{ name: 'x', value: '1' }]);
    const none = await app.inject({ method: 'POST', url: '/api/v1/org/import/preview', headers: { ...auth(coordinator), ...form.headers }, payload: form.payload });
    expect(none.statusCode).toBe(422);
  });
});
