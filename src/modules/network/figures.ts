import { todayVn } from '../../platform/text';
import { carrierOn, getDirectory } from '../organisations';
import { registerFigureSource, type Figure } from '../plans';

type FigureRecord = ReturnType<Figure['records']>[number];
import { LEVEL_LABELS, LEVELS } from './labels';
import { broadcastsBetween, listFocalPoints } from './repo';

/** The units expected to have a focal point (TT-03: each agency designates its officers); the press are not. */
const COVERED_TYPES: ReadonlySet<string> = new Set(['ubnd_tinh', 'so', 'ban', 'van_phong', 'thanh_tra', 'ubnd_huyen', 'ubnd_xa']);

// The network feeds the annual results report (DOMAIN.md §8.2, I-12): focal points by level and the share of units
// covered as of the year's end (today for the running year), members of the Zalo work group, broadcasts sent in
// the year and the share of their personal deliveries read.
registerFigureSource(async ({ db, year }) => {
  const today = todayVn();
  const on = `${year}-12-31` < today ? `${year}-12-31` : today;
  const [points, dir, broadcasts] = await Promise.all([listFocalPoints(db, { on }), getDirectory(db), broadcastsBetween(db, `${year}-01-01`, `${year + 1}-01-01`)]);
  const unitName = (id: string) => (carrierOn(dir, id, on) ?? dir.unit(id))?.name ?? null;
  const record = (p: (typeof points)[number]): FigureRecord => ({ kind: 'network_focal_point', id: p.id, title: p.personName, unitName: unitName(p.unitId), value: null, href: `/office/network/focal-points/${p.id}` });
  const units = dir.resolver.unitsAt(on).filter((u) => COVERED_TYPES.has(u.type));
  const coveredIds = new Set(points.map((p) => carrierOn(dir, p.unitId, on)?.id ?? p.unitId));
  const covered = units.filter((u) => coveredIds.has(u.id));
  const inZalo = points.filter((p) => p.zaloJoinedOn !== null && p.zaloJoinedOn <= on);
  const personal = broadcasts.reduce((n, b) => n + b.delivered, 0);
  const read = broadcasts.reduce((n, b) => n + b.read, 0);
  const figures: Figure[] = [
    { code: 'I-12.officers', label: 'Cán bộ đầu mối truyền thông chính sách trong danh sách mạng lưới (người)', value: points.length, records: () => points.map(record) },
    ...LEVELS.map((level) => {
      const of = points.filter((p) => p.level === level);
      return { code: `I-12.officers.${level}`, label: LEVEL_LABELS[level][0], value: of.length, records: () => of.map(record) };
    }),
    {
      code: 'I-12.unitsCovered',
      label: 'Đơn vị có đầu mối truyền thông (%)',
      value: units.length ? Math.round((covered.length / units.length) * 100) : 0,
      outOf: units.length,
      records: () => units.map((u) => ({ kind: 'org_unit', id: u.id, title: u.name, unitName: u.name, value: coveredIds.has(u.id) ? 1 : 0, href: `/office/org/${u.id}` })),
    },
    { code: 'I-12.zaloMembers', label: 'Đầu mối tham gia nhóm Zalo', value: inZalo.length, records: () => inZalo.map(record) },
    { code: 'I-12.broadcasts', label: 'Tin đã gửi mạng lưới đầu mối', value: broadcasts.length, records: () => broadcasts.map((b) => ({ kind: 'network_broadcast', id: b.id, title: `Tin số ${b.refNo} — ${b.subject}`, unitName: null, value: b.read, href: `/office/network/broadcasts/${b.id}` })) },
    { code: 'I-12.readRate', label: 'Tỉ lệ người nhận xác nhận đã đọc (%)', value: personal ? Math.round((read / personal) * 100) : 0, outOf: personal, records: () => broadcasts.map((b) => ({ kind: 'network_broadcast', id: b.id, title: `Tin số ${b.refNo} — ${b.subject}`, unitName: null, value: b.delivered ? Math.round((b.read / b.delivered) * 100) : 0, href: `/office/network/broadcasts/${b.id}` })) },
  ];
  return figures;
});
