import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { buildTinyOrg } from '../../../test/factories';
import { openDatabase, type Database } from '../../platform/db';
import { CHECK_MS, forgetPeopleList, listPeople } from './people-list';

describeEachDriver('the people list served from memory', (getDb) => {
  let unitId: string;
  let other: Database | null = null;
  const insert = (db: Database, id: string, name: string, title: string | null = null) =>
    db.query(`insert into people (id, full_name, title, unit_id) values ($1, $2, $3, $4)`, [id, name, title, unitId]);

  beforeAll(async () => {
    await buildTinyOrg(getDb());
    const { rows } = await getDb().query<{ id: string }>(`select id from org_units order by id limit 1`);
    unitId = rows[0]!.id;
    for (const [id, name, title] of [
      ['p1', 'Đỗ Văn An', 'Chuyên viên'],
      ['p2', 'Dương Thị Bình', 'Phó Giám đốc'],
      ['p3', 'Nguyễn Thị Hoà', 'Trưởng phòng Truyền thông'],
      ['p4', 'Ân Văn Cường', null],
      ['p5', 'An Thị Dung', 'Chuyên viên'],
    ] as const) await insert(getDb(), id, name, title);
  });
  afterAll(async () => {
    await other?.close();
  });

  it('orders names the Vietnamese way (A before Ă/Â, D before Đ) and pages with the total', async () => {
    const all = await listPeople(getDb().db, { limit: 50, offset: 0 });
    expect(all.items.map((p) => p.fullName)).toEqual(['An Thị Dung', 'Ân Văn Cường', 'Dương Thị Bình', 'Đỗ Văn An', 'Nguyễn Thị Hoà']);
    const page = await listPeople(getDb().db, { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 5, items: [{ id: 'p2' }, { id: 'p1' }] });
  });

  it('finds a name or a title whatever the accents, case and tone placement, and never across the two', async () => {
    const names = async (q: string) => (await listPeople(getDb().db, { q, limit: 50, offset: 0 })).items.map((p) => p.id);
    expect(await names('nguyen thi hoa')).toEqual(['p3']);
    expect(await names('NGUYỄN THỊ HÒA')).toEqual(['p3']);
    expect(await names('truyen thong')).toEqual(['p3']);
    expect(await names('chuyên viên')).toEqual(['p5', 'p1']);
    expect(await names('hoà trưởng')).toEqual([]);
    expect(await names('%')).toEqual([]); // a literal character, not a wildcard
  });

  const settle = () => new Promise((r) => setTimeout(r, CHECK_MS + 50));

  it('shows a person written behind its back (SQL, another process) within CHECK_MS, and its own writes at once', async () => {
    await listPeople(getDb().db, { limit: 50, offset: 0 }); // held in memory now
    await insert(getDb(), 'p6', 'Bế Thị Em');
    // this process's actions forget the list after their commit (save-person.ts)
    forgetPeopleList(getDb().db);
    expect((await listPeople(getDb().db, { limit: 50, offset: 0 })).items.map((p) => p.id)).toContain('p6');
    await getDb().query(`update people set full_name = 'Bế Thị Én' where id = 'p6'`);
    // held: not yet checked again
    expect((await listPeople(getDb().db, { q: 'thi en', limit: 50, offset: 0 })).items).toEqual([]);
    await settle();
    expect((await listPeople(getDb().db, { q: 'thi en', limit: 50, offset: 0 })).items.map((p) => p.fullName)).toEqual(['Bế Thị Én']);
    await getDb().query(`delete from people where id = 'p6'`);
    await settle();
    expect((await listPeople(getDb().db, { limit: 50, offset: 0 })).total).toBe(5);
    if (getDb().kind !== 'postgres') return;
    // another web process: its own pool on the same database
    other = await openDatabase(getDb().url, { migrate: false });
    await insert(other, 'p7', 'Lò Văn Giang');
    await settle();
    expect((await listPeople(getDb().db, { q: 'lo van giang', limit: 50, offset: 0 })).items.map((p) => p.id)).toEqual(['p7']);
  });
});
