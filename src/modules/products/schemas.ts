import { Type } from 'typebox';
import { CHANNELS, KINDS, LANGUAGES, MEASURES, STATUSES } from './labels';

/** Request and response schemas of the products office API (a field not listed is dropped from an answer). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const DateTime = Type.String({ format: 'date-time' });
const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const Text = (max: number) => Type.String({ maxLength: max });
const OptText = (max: number) => Type.Optional(Nullable(Text(max)));
const Labelled = Type.Object({ code: Type.String(), label: Type.String() });
const Ref = Type.Object({ id: Type.String(), title: Type.String() });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const FileParams = Type.Object({ id: Type.String({ maxLength: 100 }), fileId: Type.String({ maxLength: 100 }) });
export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 300 }) });

export const ProductBody = Type.Object(
  {
    kind: oneOf(KINDS, 'Loại sản phẩm'),
    title: Type.String({ minLength: 1, maxLength: 500 }),
    // optional here so that a product without a policy gets the module's own Vietnamese message
    policyId: OptText(100),
    roundId: OptText(100),
    taskId: OptText(100),
    unitId: Type.String({ minLength: 1, maxLength: 100 }),
    summary: Type.Optional(Text(5000)),
    body: Type.Optional(Text(50_000)),
    externalUrl: OptText(2000),
    channels: Type.Optional(Type.Array(oneOf(CHANNELS, 'Kênh'), { maxItems: 6 })),
    broadcastFrom: Type.Optional(Nullable(IsoDate)),
    broadcastTo: Type.Optional(Nullable(IsoDate)),
    slotsPerDay: Type.Optional(Nullable(Type.Integer())),
    communes: Type.Optional(Type.Array(Text(100), { maxItems: 500 })),
    communesAsOf: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false },
);

export const LanguageBody = Type.Object(
  { lang: oneOf(LANGUAGES, 'Ngôn ngữ'), title: Type.String({ minLength: 1, maxLength: 500 }), summary: Type.Optional(Text(5000)), body: Type.Optional(Text(50_000)), translator: OptText(200) },
  { additionalProperties: false },
);

export const ReachBody = Type.Object({ channel: oneOf(CHANNELS, 'Kênh'), measure: oneOf(MEASURES, 'Chỉ số'), value: Type.Integer({ minimum: 0 }), measuredOn: IsoDate }, { additionalProperties: false });
export const WithdrawBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

export const ProductQuery = Type.Object({
  kind: Type.Optional(oneOf(KINDS, 'Loại')),
  status: Type.Optional(oneOf(STATUSES, 'Tình trạng')),
  policyId: Type.Optional(Text(100)),
  unitId: Type.Optional(Text(100)),
  lang: Type.Optional(oneOf(LANGUAGES, 'Ngôn ngữ')),
  q: Type.Optional(Text(200)),
});

const ProductFile = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  mimeType: Type.String(),
  size: Type.Integer(),
  media: Type.Union([Type.Literal('image'), Type.Literal('video'), Type.Literal('audio'), Type.Literal('document')]),
  href: Type.String(),
});

export const ProductSummary = Type.Object({
  id: Type.String(),
  refNo: Type.Integer(),
  kind: Type.String(),
  kindLabel: Type.String(),
  title: Type.String(),
  policy: Ref,
  unitName: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  version: Type.Integer(),
  publishedAt: Nullable(DateTime),
  languages: Type.Array(Labelled),
});

const LanguageVersion = Type.Object({ lang: Type.String(), label: Type.String(), title: Type.String(), summary: Type.String(), body: Type.String(), translator: Nullable(Type.String()), files: Type.Array(ProductFile) });
const Reach = Type.Object({ channel: Type.String(), channelLabel: Type.String(), measure: Type.String(), measureLabel: Type.String(), value: Type.Integer(), measuredOn: IsoDate });
const Version = Type.Object({ version: Type.Integer(), at: DateTime, byName: Nullable(Type.String()), title: Type.String(), summary: Type.String(), body: Type.String() });

export const ProductDetail = Type.Object({
  ...ProductSummary.properties,
  unitId: Type.String(),
  summary: Type.String(),
  body: Type.String(),
  externalUrl: Nullable(Type.String()),
  channels: Type.Array(Labelled),
  round: Nullable(Type.Object({ id: Type.String(), label: Type.String() })),
  task: Nullable(Ref),
  readingTime: Nullable(Type.Object({ words: Type.Integer(), seconds: Type.Integer(), label: Type.String() })),
  broadcast: Nullable(Type.Object({ from: Nullable(IsoDate), to: Nullable(IsoDate), slotsPerDay: Nullable(Type.Integer()), communes: Type.Array(Type.String()), communeIds: Type.Array(Type.String()), communesAsOf: Nullable(IsoDate), scheduled: Type.Integer({ description: 'Số lượt phát theo lịch (số lần mỗi ngày × số ngày × số xã)' }) })),
  files: Type.Array(ProductFile),
  languageVersions: Type.Array(LanguageVersion),
  reach: Type.Array(Reach),
  reachTotals: Type.Array(Type.Object({ channelLabel: Type.String(), measureLabel: Type.String(), value: Type.Integer() })),
  versions: Type.Array(Version),
  withdrawReason: Nullable(Type.String()),
  portalPath: Nullable(Type.String({ description: 'Trang của sản phẩm trên cổng (đã đăng)' })),
  posterPath: Nullable(Type.String()),
  scriptPath: Nullable(Type.String()),
  abilities: Type.Object({ canEdit: Type.Boolean(), canPublish: Type.Boolean(), canWithdraw: Type.Boolean() }),
});

export const ProductOptions = Type.Object({
  kinds: Type.Array(Labelled),
  channels: Type.Array(Labelled),
  measures: Type.Array(Labelled),
  languages: Type.Array(Labelled),
  policies: Type.Array(Ref),
  units: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  communes: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  rounds: Type.Array(Type.Object({ id: Type.String(), policyId: Type.String(), label: Type.String() }), { description: 'Các đợt lấy ý kiến của từng chính sách' }),
  tasks: Type.Array(Type.Object({ id: Type.String(), title: Type.String() }), { description: 'Nhiệm vụ trong kế hoạch năm nay và năm trước' }),
  consultations: Type.Array(Type.Object({ slug: Type.String(), title: Type.String(), closesOn: IsoDate, posterPath: Type.String(), printPath: Type.String() })),
  canCreate: Type.Boolean(),
});
