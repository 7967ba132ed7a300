/**
 * A realistic, fictional province ("tỉnh Thái Sơn") for tests and the benchmark: province bodies and about twenty
 * departments (two of them merged on 01/3/2025), districts with their communes until the two-level reform of
 * 01/7/2025, and the new, larger communes from that date, each old commune merged into one of them, with aliases.
 * The defaults give about 1,500 units; the data is deterministic (no randomness), so runs compare.
 */
import { slugify } from '../../../platform/text';
import type { AliasRecord, OrgSnapshot, SuccessionRecord, UnitRecord } from '../types';

export interface SampleProvinceOptions {
  districts?: number;
  communesPerDistrict?: number;
  /** How many old communes make one new commune on 01/7/2025. */
  mergeRatio?: number;
}

const LONG_AGO = '2000-01-01';
const DEPT_REFORM = '2025-03-01';
const REFORM = '2025-07-01';
const PROVINCE = 'Thái Sơn';
const REF_COMMUNES = 'Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã tỉnh Thái Sơn năm 2025 (mẫu)';

const FIRST = ['Tân', 'Phúc', 'An', 'Hòa', 'Minh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Phú', 'Thịnh', 'Hưng', 'Lâm', 'Sơn', 'Thủy', 'Bình', 'Vĩnh', 'Long', 'Quang', 'Xuân', 'Hạnh', 'Mỹ', 'Hợp', 'Đại', 'Thượng', 'Cát', 'Kim', 'Ngọc', 'Yên', 'Phong', 'Thành'];
const SECOND = ['Lợi', 'Thịnh', 'Hưng', 'Lạc', 'Khánh', 'Tiến', 'Hòa', 'Bình', 'Phú', 'Lộc', 'Thọ', 'Xuân', 'Sơn', 'Hà', 'Thuận', 'Định', 'Ninh', 'Tân', 'Quý', 'Phát', 'Đức', 'Nghĩa', 'Trung', 'Mỹ', 'Dương', 'Hải', 'Thái', 'Long', 'Linh', 'An', 'Vân', 'Cường'];

const DEPARTMENTS: Array<[string, string, string[]]> = [
  ['nv', 'Sở Nội vụ', ['SNV']], ['tp', 'Sở Tư pháp', ['STP']], ['tc', 'Sở Tài chính', ['STC']], ['ct', 'Sở Công Thương', ['SCT']],
  ['xd', 'Sở Xây dựng', ['SXD']], ['gddt', 'Sở Giáo dục và Đào tạo', ['Sở GD&ĐT']], ['yt', 'Sở Y tế', ['SYT']],
  ['vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', ['Sở VHTTDL']], ['khcn', 'Sở Khoa học và Công nghệ', ['Sở KH&CN']],
  ['nnmt', 'Sở Nông nghiệp và Môi trường', ['Sở NN&MT']], ['dttg', 'Sở Dân tộc và Tôn giáo', ['Sở DT&TG']],
  ['ngv', 'Sở Ngoại vụ', ['SNgV']], ['ldtbxh', 'Sở Lao động - Thương binh và Xã hội', ['Sở LĐTBXH']], ['gtvt', 'Sở Giao thông vận tải', ['Sở GTVT']],
  ['khdt', 'Sở Kế hoạch và Đầu tư', ['Sở KH&ĐT']], ['tttt', 'Sở Thông tin và Truyền thông', ['Sở TT&TT']], ['tnmt', 'Sở Tài nguyên và Môi trường', ['Sở TN&MT']],
  ['nnptnt', 'Sở Nông nghiệp và Phát triển nông thôn', ['Sở NN&PTNT']], ['qhkt', 'Sở Quy hoạch - Kiến trúc', ['Sở QH-KT']], ['dl', 'Sở Du lịch', ['SDL']],
];
/** Departments closed on 01/3/2025 → the department that took them over. */
const MERGED_DEPARTMENTS: Record<string, string> = { khdt: 'tc', tttt: 'khcn', tnmt: 'nnmt', nnptnt: 'nnmt', gtvt: 'xd', ldtbxh: 'nv' };
/** Departments opened on 01/3/2025. */
const NEW_DEPARTMENTS = new Set(['nnmt', 'dttg']);

function unit(u: Pick<UnitRecord, 'id' | 'name' | 'type' | 'level'> & Partial<UnitRecord>): UnitRecord {
  return { shortName: null, parentId: 'ubnd-tinh', abbreviations: [], otherNames: [], place: PROVINCE, validFrom: LONG_AGO, validTo: null, ...u };
}

/** Distinct two-word place names, walked in a fixed order that mixes both lists. */
function placeNames(count: number, offset: number): string[] {
  const total = FIRST.length * SECOND.length;
  if (count > total) throw new Error(`at most ${total} distinct names`);
  const out: string[] = [];
  const seen = new Set<string>();
  for (let k = 0; out.length < count; k++) {
    const i = (offset + k * 37) % total; // 37 is coprime with 1,024: every name once before any repeats
    const name = `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length)]}`;
    const [a, b] = name.split(' ');
    if (a === b || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/** The fictional province with `districts` × `communesPerDistrict` old communes and their 2025 successors. */
export function sampleProvince(opts: SampleProvinceOptions = {}): Pick<OrgSnapshot, 'units' | 'successions' | 'aliases'> {
  const districts = opts.districts ?? 10;
  const perDistrict = opts.communesPerDistrict ?? 110;
  const ratio = opts.mergeRatio ?? 3;
  const units: UnitRecord[] = [];
  const successions: SuccessionRecord[] = [];
  const aliases: AliasRecord[] = [];

  units.push(
    unit({ id: 'ubnd-tinh', name: `Ủy ban nhân dân tỉnh ${PROVINCE}`, shortName: `UBND tỉnh ${PROVINCE}`, type: 'ubnd_tinh', level: 'province', parentId: null, abbreviations: ['UBND tỉnh'] }),
    unit({ id: 'hdnd-tinh', name: `Hội đồng nhân dân tỉnh ${PROVINCE}`, shortName: `HĐND tỉnh ${PROVINCE}`, type: 'hdnd_tinh', level: 'province', parentId: null, abbreviations: ['HĐND tỉnh'] }),
    unit({ id: 'tinh-uy', name: `Tỉnh ủy ${PROVINCE}`, type: 'dang', level: 'province', parentId: null }),
    unit({ id: 'vp-ubnd', name: `Văn phòng Ủy ban nhân dân tỉnh ${PROVINCE}`, shortName: 'Văn phòng UBND tỉnh', type: 'van_phong', level: 'province', abbreviations: ['VP UBND tỉnh'] }),
    unit({ id: 'thanh-tra', name: `Thanh tra tỉnh ${PROVINCE}`, shortName: 'Thanh tra tỉnh', type: 'thanh_tra', level: 'province' }),
    unit({ id: 'bao', name: `Báo và Phát thanh, Truyền hình ${PROVINCE}`, type: 'bao_chi', level: 'province', parentId: 'tinh-uy' }),
    unit({ id: 'mttq', name: `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${PROVINCE}`, shortName: 'Ủy ban MTTQ tỉnh', type: 'doan_the', level: 'province', parentId: null }),
    unit({ id: 'bql-kcn', name: `Ban Quản lý các khu công nghiệp tỉnh ${PROVINCE}`, shortName: 'Ban Quản lý các KCN', type: 'ban', level: 'province' }),
  );
  for (const [slug, name, abbreviations] of DEPARTMENTS) {
    units.push(unit({
      id: `so-${slug}`, name: `${name} tỉnh ${PROVINCE}`, shortName: name, type: 'so', level: 'province', abbreviations,
      validFrom: NEW_DEPARTMENTS.has(slug) ? DEPT_REFORM : LONG_AGO, validTo: slug in MERGED_DEPARTMENTS ? DEPT_REFORM : null,
    }));
  }
  for (const [from, to] of Object.entries(MERGED_DEPARTMENTS)) successions.push({ fromId: `so-${from}`, toId: `so-${to}`, kind: 'merge', effectiveOn: DEPT_REFORM, legalRef: `Nghị quyết HĐND tỉnh ${PROVINCE} 02/2025 (mẫu)`, note: null });

  const districtNames = placeNames(districts, 5);
  const newNames = placeNames(Math.ceil((districts * perDistrict) / ratio), 11);
  const newCommunes = newNames.map((name, i) => {
    const kind = i % 9 === 0 ? 'phường' : 'xã';
    const id = `${kind === 'phường' ? 'phuong' : 'xa'}-${slugify(name)}`;
    return unit({ id, name: `Ủy ban nhân dân ${kind} ${name}`, shortName: `UBND ${kind} ${name}`, type: 'ubnd_xa', level: 'commune', place: name, validFrom: REFORM, otherNames: [`${kind === 'xã' ? 'Xã' : 'Phường'} ${name}`] });
  });
  units.push(...newCommunes);
  for (const c of newCommunes) aliases.push({ alias: `${c.shortName} (mới)`, unitId: c.id, validFrom: REFORM, validTo: null });

  let old = 0;
  districtNames.forEach((dName, d) => {
    const kind = d === 0 ? 'thành phố' : 'huyện';
    const did = `${d === 0 ? 'tp' : 'huyen'}-${slugify(dName)}`;
    const common = { level: 'district' as const, place: dName, validTo: REFORM };
    units.push(
      unit({ ...common, id: did, name: `Ủy ban nhân dân ${kind} ${dName}`, shortName: `UBND ${kind} ${dName}`, type: 'ubnd_huyen', otherNames: [`${kind === 'huyện' ? 'Huyện' : 'Thành phố'} ${dName}`] }),
      unit({ ...common, id: `${did}-phong-vhtt`, name: `Phòng Văn hóa và Thông tin ${kind} ${dName}`, type: 'khac', parentId: did }),
    );
    successions.push(
      { fromId: did, toId: null, kind: 'abolish', effectiveOn: REFORM, legalRef: 'Luật Tổ chức chính quyền địa phương 72/2025/QH15', note: 'Kết thúc hoạt động cấp huyện' },
      { fromId: `${did}-phong-vhtt`, toId: null, kind: 'abolish', effectiveOn: REFORM, legalRef: null, note: null },
    );
    placeNames(perDistrict, d * 7).forEach((cName, c) => {
      const ckind = c === 0 ? 'thị trấn' : 'xã';
      const id = `${did}-${ckind === 'xã' ? 'xa' : 'tt'}-${slugify(cName)}`;
      units.push(unit({ id, name: `Ủy ban nhân dân ${ckind} ${cName}`, shortName: `UBND ${ckind} ${cName}`, type: 'ubnd_xa', level: 'commune', parentId: did, place: cName, validTo: REFORM }));
      const target = newCommunes[Math.floor(old / ratio)]!;
      successions.push({ fromId: id, toId: target.id, kind: 'merge', effectiveOn: REFORM, legalRef: REF_COMMUNES, note: null });
      old++;
    });
    // the district's work on the ground passes to the new communes of its territory
    successions.push({ fromId: did, toId: newCommunes[Math.floor((old - 1) / ratio)]!.id, kind: 'transfer', effectiveOn: REFORM, legalRef: REF_COMMUNES, note: 'Địa bàn và nhiệm vụ cấp huyện chuyển về cấp xã' });
  });
  return { units, successions, aliases };
}
