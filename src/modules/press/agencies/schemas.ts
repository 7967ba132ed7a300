import { Type } from 'typebox';
import { AGENCY_KINDS } from './labels';

/** Request and response schemas of the press agencies directory. */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const OptText = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));
const Kind = Type.Unsafe<(typeof AGENCY_KINDS)[number]>({ type: 'string', enum: [...AGENCY_KINDS], description: 'Loại hình báo chí' });

export const AgencyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300 }),
    kind: Kind,
    licenceNo: OptText(100),
    licenceDate: Type.Optional(Nullable(IsoDate)),
    headOffice: OptText(500),
    // the format is checked by the action, which names the address that is wrong in Vietnamese
    emails: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 10 })),
    phone: OptText(50),
    orgUnitId: OptText(100),
    validFrom: IsoDate,
    validTo: Type.Optional(Nullable(IsoDate)),
    note: OptText(2000),
  },
  { additionalProperties: false },
);

export const EndAgencyBody = Type.Object({ endOn: IsoDate, reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

export const AgencyQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Tìm theo tên, số giấy phép, trụ sở (không phân biệt dấu)' })),
    current: Type.Optional(Type.Boolean({ description: 'Chỉ những cơ quan còn trong danh mục hôm nay' })),
  },
  { additionalProperties: false },
);

export const Agency = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  licenceNo: Nullable(Type.String()),
  licenceDate: Nullable(IsoDate),
  headOffice: Nullable(Type.String()),
  emails: Type.Array(Type.String()),
  phone: Nullable(Type.String()),
  orgUnit: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
  note: Nullable(Type.String()),
  endReason: Nullable(Type.String()),
  isCurrent: Type.Boolean({ description: 'Còn trong danh mục hôm nay' }),
});

export const AgencyOptions = Type.Object({
  kinds: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
  pressUnits: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'Cơ quan báo chí của tỉnh trong danh mục tổ chức' }),
});
