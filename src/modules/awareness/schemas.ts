import { Type } from 'typebox';
import { ACTIVITY_KINDS, AUDIENCES, CAMPAIGN_STATUSES } from './labels';

/** Request and response schemas of the awareness campaigns office API. */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const OptText = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));
const IsoDate = Type.String({ format: 'date' });
const Ref = Type.Object({ id: Type.String(), name: Type.String() });
const Coded = Type.Object({ code: Type.String(), label: Type.String() });
const Reach = Type.Integer({ minimum: 0, maximum: 100_000_000 });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const ActivityParams = Type.Object({ id: Type.String({ maxLength: 100 }), activityId: Type.String({ maxLength: 100 }) });

export const CampaignBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500 }),
    audiences: Type.Array(oneOf(AUDIENCES, 'Đối tượng'), { minItems: 1, maxItems: 3 }),
    policyId: OptText(100),
    startsOn: IsoDate,
    endsOn: IsoDate,
    organiserUnitId: Type.String({ minLength: 1, maxLength: 100 }),
    description: OptText(5000),
    status: Type.Optional(oneOf(CAMPAIGN_STATUSES, 'Trạng thái')),
  },
  { additionalProperties: false },
);

export const ActivityBody = Type.Object(
  {
    kind: oneOf(ACTIVITY_KINDS, 'Hình thức'),
    heldOn: IsoDate,
    place: OptText(500),
    reachOfficials: Type.Optional(Reach),
    reachCitizens: Type.Optional(Reach),
    reachBusinesses: Type.Optional(Reach),
    productIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50, description: 'Sản phẩm trong thư viện sản phẩm truyền thông (đã công bố)' })),
    products: OptText(2000),
    note: OptText(2000),
  },
  { additionalProperties: false },
);

const ProductLink = Type.Object({ id: Type.String(), refNo: Type.Integer(), title: Type.String(), kindLabel: Type.String(), isWithdrawn: Type.Boolean() });

const ReachTotals = Type.Object({ officials: Type.Integer(), citizens: Type.Integer(), businesses: Type.Integer(), total: Type.Integer() });

export const Activity = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  heldOn: IsoDate,
  place: Nullable(Type.String()),
  reachOfficials: Type.Integer(),
  reachCitizens: Type.Integer(),
  reachBusinesses: Type.Integer(),
  libraryProducts: Type.Array(ProductLink),
  products: Nullable(Type.String({ description: 'Sản phẩm truyền thông khác đã dùng (ghi bằng chữ)' })),
  note: Nullable(Type.String()),
});

export const Campaign = Type.Object({
  id: Type.String(),
  title: Type.String(),
  audiences: Type.Array(Coded),
  policy: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  startsOn: IsoDate,
  endsOn: IsoDate,
  organiserUnit: Ref,
  description: Nullable(Type.String()),
  status: Type.String(),
  statusLabel: Type.String(),
  activityCount: Type.Integer(),
  reach: ReachTotals,
});

export const CampaignDetail = Type.Object({
  ...Campaign.properties,
  activities: Type.Array(Activity),
  /** Published products an activity may name, the campaign's policy's first (empty for a reader who cannot add one). */
  productChoices: Type.Array(ProductLink),
  abilities: Type.Object({ canManage: Type.Boolean() }),
});

export const Options = Type.Object({ audiences: Type.Array(Coded), activityKinds: Type.Array(Coded), statuses: Type.Array(Coded), units: Type.Array(Ref) });
