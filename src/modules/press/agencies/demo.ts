import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { addDays } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import type { AgencyKind } from './labels';
import { hasAgencies, insertAgency } from './repo';

interface DemoAgency {
  name: string;
  kind: AgencyKind;
  headOffice: string;
  emails: string[];
  phone?: string;
  orgUnitId?: string;
  validFrom: string;
  validTo?: string | null;
  note?: string;
}

// Resident offices of central agencies in the demo province. Addresses are @example.vn (never real mailboxes) and
// licence numbers are left empty: the demo must not print a number a real licence might carry.
const CENTRAL: DemoAgency[] = [
  { name: 'Thông tấn xã Việt Nam — Cơ quan thường trú tại Lào Cai', kind: 'news_agency', headOffice: 'Thành phố Lào Cai, tỉnh Lào Cai', emails: ['ttxvn.laocai@example.vn'], validFrom: '2017-01-01' },
  { name: 'Báo Nhân Dân — Văn phòng đại diện khu vực Tây Bắc', kind: 'print', headOffice: 'Tỉnh Lào Cai', emails: ['nhandan.taybac@example.vn'], validFrom: '2017-01-01' },
  { name: 'Đài Tiếng nói Việt Nam — Cơ quan thường trú khu vực Tây Bắc', kind: 'radio', headOffice: 'Tỉnh Lào Cai', emails: ['vov.taybac@example.vn', 'vov.taybac.bandoc@example.vn'], validFrom: '2017-01-01' },
  { name: 'Đài Truyền hình Việt Nam — Cơ quan thường trú tại Lào Cai', kind: 'television', headOffice: 'Tỉnh Lào Cai', emails: ['vtv.laocai@example.vn'], validFrom: '2017-01-01' },
  { name: 'Báo Điện tử Chính phủ — Phóng viên thường trú', kind: 'online', headOffice: 'Tỉnh Lào Cai', emails: ['baochinhphu.laocai@example.vn'], validFrom: '2017-01-01', note: 'Chưa có văn phòng đại diện; liên hệ qua phóng viên thường trú.' },
];

/**
 * The demo province's press agencies: its own press from the organisation directory (units of type `bao_chi`, with
 * their validity; a unit's end date is exclusive, an agency's inclusive) and the resident offices of central
 * agencies. Loaded with the demo data only, on an empty directory.
 */
export async function loadDemoPressAgencies(ctx: ActionContext): Promise<boolean> {
  if (await hasAgencies(ctx.db)) return false;
  const dir = await getDirectory(ctx.db);
  const own: DemoAgency[] = dir.snapshot.units
    .filter((u) => u.type === 'bao_chi' && u.level === 'province')
    .map((u) => ({
      name: u.name,
      kind: /Phát thanh|Truyền hình/i.test(u.name) ? 'television' : 'print',
      headOffice: u.place ? `Tỉnh ${u.place}` : '',
      emails: [`${u.id}@example.vn`],
      orgUnitId: u.id,
      validFrom: u.validFrom,
      validTo: u.validTo ? addDays(u.validTo, -1) : null,
    }));
  await ctx.db.transaction(async (tx) => {
    for (const a of [...own, ...CENTRAL]) {
      const row = await insertAgency(tx, { id: randomUUID(), name: a.name, kind: a.kind, headOffice: a.headOffice || null, emails: a.emails, phone: a.phone ?? null, orgUnitId: a.orgUnitId ?? null, validFrom: a.validFrom, validTo: a.validTo ?? null, note: a.note ?? null });
      await recordAudit(tx, { actor: ctx.actor, action: 'press.agency.create', subjectType: 'press_agency', subjectId: row.id, after: { name: row.name, kind: row.kind }, requestId: null });
    }
  });
  return true;
}
