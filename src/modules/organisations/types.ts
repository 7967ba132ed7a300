/**
 * The organisation directory in time: units are never renamed in place; a changed unit is closed (validTo) and
 * its successor opened, linked by a SuccessionRecord (DOMAIN.md HC-04).
 */

export type IsoDate = string; // 'YYYY-MM-DD'

export const UNIT_TYPES = [
  'ubnd_tinh',
  'hdnd_tinh',
  'so',
  'ban',
  'van_phong',
  'thanh_tra',
  'ubnd_huyen',
  'ubnd_xa',
  'bao_chi',
  'dang',
  'cong_an',
  'quan_su',
  'doan_the',
  'hoi_dong',
  'trung_tam',
  'bo',
  'chinh_phu',
  'khac',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export type UnitLevel = 'central' | 'province' | 'district' | 'commune';

export interface UnitRecord {
  id: string;
  name: string;
  shortName: string | null;
  type: UnitType;
  level: UnitLevel;
  parentId: string | null;
  abbreviations: string[];
  otherNames: string[];
  /** Place name printed in dated lines, e.g. "Yên Bái" ("Yên Bái, ngày 17 tháng 01 năm 2024"). */
  place: string | null;
  validFrom: IsoDate;
  /** Exclusive: the unit is valid on d iff validFrom <= d && (validTo === null || d < validTo). */
  validTo: IsoDate | null;
}

export type SuccessionKind = 'merge' | 'split' | 'rename' | 'abolish' | 'transfer';

export interface SuccessionRecord {
  fromId: string;
  /** null only for 'abolish' without a successor unit. */
  toId: string | null;
  kind: SuccessionKind;
  effectiveOn: IsoDate;
  legalRef: string | null;
  note: string | null;
}

/** Members are the units valid at the date matching every given filter (types, levels, parentId), plus unitIds. */
export interface GroupRule {
  types?: UnitType[];
  levels?: UnitLevel[];
  /** Direct children of this unit. */
  parentId?: string;
  unitIds?: string[];
}

export interface GroupRecord {
  id: string;
  name: string;
  aliases: string[];
  rule: GroupRule;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** A name learned from imports ("Sở TT và TT" → the unit); null bounds mean "as long as the unit is valid". */
export interface AliasRecord {
  alias: string;
  unitId: string;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export interface OrgSnapshot {
  units: UnitRecord[];
  groups: GroupRecord[];
  aliases: AliasRecord[];
  successions: SuccessionRecord[];
}

/** A unit of the tree at a date with its children valid at that date. */
export interface TreeNode {
  unit: UnitRecord;
  children: TreeNode[];
}
