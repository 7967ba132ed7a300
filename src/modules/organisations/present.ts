import type { Static } from 'typebox';
import type { PersonRow } from './repo';
import type { OrgNode, Person } from './schemas';
import type { TreeNode, UnitLevel, UnitRecord, UnitType } from './types';

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  ubnd_tinh: 'UBND cấp tỉnh',
  hdnd_tinh: 'HĐND cấp tỉnh',
  so: 'Sở',
  ban: 'Ban',
  van_phong: 'Văn phòng',
  thanh_tra: 'Thanh tra',
  ubnd_huyen: 'UBND cấp huyện',
  ubnd_xa: 'UBND cấp xã',
  bao_chi: 'Cơ quan báo chí',
  dang: 'Cơ quan Đảng',
  cong_an: 'Công an',
  quan_su: 'Quân sự',
  doan_the: 'Tổ chức chính trị - xã hội',
  hoi_dong: 'Hội đồng',
  trung_tam: 'Trung tâm',
  bo: 'Bộ, ngành trung ương',
  chinh_phu: 'Chính phủ',
  khac: 'Khác',
};

/** Vietnamese names of the levels of government a unit belongs to. */
export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export type OrgNodeView = Static<typeof OrgNode>;

/** The public shape of a tree node: explicit fields only. */
export function presentNode(node: TreeNode): OrgNodeView {
  const u = node.unit;
  return {
    id: u.id,
    name: u.name,
    shortName: u.shortName,
    type: u.type,
    typeLabel: UNIT_TYPE_LABELS[u.type] ?? u.type,
    level: u.level,
    levelLabel: UNIT_LEVEL_LABELS[u.level] ?? '',
    validFrom: u.validFrom,
    validTo: u.validTo,
    children: node.children.map(presentNode),
  };
}

export type PersonView = Static<typeof Person>;

/** A person as the back office sees it (contacts included: officers only, never on the portal). */
export function presentPerson(p: PersonRow, unit: UnitRecord | undefined): PersonView {
  return { id: p.id, fullName: p.fullName, title: p.title, unitId: p.unitId, unitName: unit?.name ?? null, email: p.email, phone: p.phone };
}
