import { Type } from 'typebox';
import { CHANNEL_IDS } from '../../platform/channels';
import { DELIVERY_STATUSES, LEVELS } from './labels';

/** Request and response schemas of the network office API (a field not listed is dropped from an answer). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const DateTime = Type.String({ format: 'date-time' });
const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const OptText = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const FocalPointQuery = Type.Object({ unitId: Type.Optional(Type.String({ maxLength: 100 })) });
export const BroadcastQuery = Type.Object({ groupId: Type.Optional(Type.String({ maxLength: 100 })) });

export const FocalPointBody = Type.Object(
  {
    personId: OptText(100),
    personName: OptText(200),
    title: OptText(300),
    unitId: Type.String({ minLength: 1, maxLength: 100 }),
    level: oneOf(LEVELS, 'Cấp của đầu mối'),
    email: OptText(200),
    phone: OptText(50),
    zaloUserId: OptText(40),
    zaloJoinedOn: Type.Optional(Nullable(IsoDate)),
    validFrom: IsoDate,
    validTo: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false },
);

export const EndBody = Type.Object({ endOn: IsoDate, reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

export const FocalPoint = Type.Object({
  id: Type.String(),
  personName: Type.String(),
  title: Nullable(Type.String()),
  personId: Nullable(Type.String({ description: 'Người trong danh bạ tổ chức (null: người chưa có trong danh bạ)' })),
  isInDirectory: Type.Boolean({ description: 'Người có trong danh bạ tổ chức' }),
  unitId: Type.String({ description: 'Đơn vị lúc được cử' }),
  unitName: Type.String(),
  currentUnitId: Nullable(Type.String({ description: 'Đơn vị đang đảm nhận công việc hôm nay (sau sắp xếp, sáp nhập)' })),
  currentUnitName: Nullable(Type.String()),
  level: Type.String(),
  levelLabel: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  zaloUserId: Nullable(Type.String()),
  zaloJoinedOn: Nullable(IsoDate),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
  endReason: Nullable(Type.String()),
  isCurrent: Type.Boolean({ description: 'Còn hiệu lực hôm nay' }),
});

export const FocalPointList = Type.Object({ items: Type.Array(FocalPoint), canManage: Type.Boolean() });

export const ChannelInfo = Type.Object({ id: oneOf(CHANNEL_IDS, 'Kênh'), label: Type.String(), isConfigured: Type.Boolean(), note: Nullable(Type.String()) });

export const NetworkOptions = Type.Object({
  units: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  levels: Type.Array(Type.Object({ code: oneOf(LEVELS, 'Cấp'), label: Type.String() })),
  channels: Type.Array(ChannelInfo),
});

export const GroupBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    purpose: OptText(2000),
    channels: Type.Array(oneOf(CHANNEL_IDS, 'Kênh'), { minItems: 1, maxItems: 3 }),
    zaloGroupName: OptText(200),
    zaloGroupLink: OptText(300),
    zaloGroupAdmin: OptText(200),
    webhookUrl: OptText(500),
    webhookSecret: OptText(200),
  },
  { additionalProperties: false },
);

export const MembersBody = Type.Object({ add: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })), remove: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })) }, { additionalProperties: false });

export const Group = Type.Object({
  id: Type.String(),
  name: Type.String(),
  purpose: Nullable(Type.String()),
  channels: Type.Array(oneOf(CHANNEL_IDS, 'Kênh')),
  channelLabels: Type.Array(Type.String()),
  memberCount: Type.Integer({ description: 'Thành viên còn hiệu lực hôm nay' }),
  zaloGroup: Nullable(Type.Object({ name: Nullable(Type.String()), link: Nullable(Type.String()), admin: Nullable(Type.String()) })),
  webhookUrl: Nullable(Type.String()),
});

export const BroadcastSummary = Type.Object({ id: Type.String(), refNo: Type.Integer(), subject: Type.String(), groupId: Type.String(), createdAt: DateTime, originLabel: Nullable(Type.String()) });

export const GroupList = Type.Object({ items: Type.Array(Group), canManage: Type.Boolean(), canBroadcast: Type.Boolean() });

export const GroupDetail = Type.Object({
  group: Group,
  hasWebhookSecret: Type.Boolean(),
  members: Type.Array(FocalPoint),
  reach: Type.Array(Type.Object({ channel: oneOf(CHANNEL_IDS, 'Kênh'), label: Type.String(), isConfigured: Type.Boolean(), reachable: Type.Integer({ description: 'Thành viên hôm nay nhận được qua kênh này' }), unreachable: Type.Integer() })),
  broadcasts: Type.Array(BroadcastSummary),
  canManage: Type.Boolean(),
  canBroadcast: Type.Boolean(),
});

export const BroadcastBody = Type.Object(
  { groupId: Type.String({ minLength: 1, maxLength: 100 }), subject: Type.String({ minLength: 1, maxLength: 200 }), text: Type.String({ minLength: 1, maxLength: 4000 }), link: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

const Delivery = Type.Object({
  deliveryId: Type.String(),
  channel: oneOf(CHANNEL_IDS, 'Kênh'),
  channelLabel: Type.String(),
  status: oneOf(DELIVERY_STATUSES, 'Tình trạng'),
  statusLabel: Type.String(),
  reason: Nullable(Type.String()),
  nextAttemptAt: Nullable(DateTime),
  attempts: Type.Integer(),
  sentAt: Nullable(DateTime),
  readAt: Nullable(DateTime),
});

export const BroadcastDetail = Type.Object({
  id: Type.String(),
  refNo: Type.Integer(),
  groupId: Type.String(),
  groupName: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  link: Nullable(Type.String()),
  origin: Nullable(Type.Object({ kind: Type.String(), id: Type.String(), label: Type.String() })),
  createdAt: DateTime,
  recipients: Type.Array(Type.Object({ focalPointId: Type.String(), name: Type.String(), title: Nullable(Type.String()), unitName: Nullable(Type.String()), deliveries: Type.Array(Delivery) })),
  webhook: Nullable(Delivery),
  totals: Type.Object({ queued: Type.Integer(), sent: Type.Integer(), retrying: Type.Integer(), failed: Type.Integer(), read: Type.Integer() }),
});

export const Created = Type.Object({ id: Type.String() });
export const MembersChanged = Type.Object({ added: Type.Integer(), removed: Type.Integer() });
