import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { authorize, can, type Actor } from '../../platform/auth';
import { CHANNEL_IDS, CHANNEL_LABELS, channelsConfigFromEnv, type ChannelId } from '../../platform/channels';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { broadcastToGroup } from './actions/broadcast';
import { createFocalPoint, editFocalPoint, endFocalPoint } from './actions/save-focal-point';
import { changeGroupMembers, createGroup, editGroup } from './actions/save-group';
import { NOT_CONFIGURED } from './deliver';
import { LEVEL_LABELS, LEVELS } from './labels';
import { readsWholeNetwork } from './policy';
import { presentFocalPoint, presentGroup } from './present';
import { findFocalPoint, findGroup, listBroadcasts, listFocalPoints, membersOf } from './repo';
import { BroadcastBody, BroadcastDetail, BroadcastQuery, BroadcastSummary, Created, EndBody, FocalPoint, FocalPointBody, FocalPointList, FocalPointQuery, GroupBody, GroupDetail, GroupList, IdParams, MembersBody, MembersChanged, NetworkOptions } from './schemas';
import { broadcastStatus, listGroups } from './status';

const tags = ['Mạng lưới đầu mối'];

/** The units whose focal points an officer sees (their own; a focal point of a closed unit shows under its carrier). */
function ownUnits(actor: Actor): Set<string> | null {
  if (readsWholeNetwork(actor) || actor.kind !== 'user') return null;
  return new Set(actor.roles.filter((g) => g.role === 'officer').map((g) => g.unitId));
}

/** Whether an officer limited to `own` units sees a focal point (designated there, or carried there today). */
const isOwn = (own: Set<string>, f: { unitId: string; currentUnitId: string | null }) => own.has(f.unitId) || (f.currentUnitId !== null && own.has(f.currentUnitId));

/** Whether a channel can send here, and why not. */
function channelInfo(id: ChannelId) {
  const isConfigured = id !== 'zalo' || channelsConfigFromEnv().zalo !== null;
  return { id, label: CHANNEL_LABELS[id], isConfigured, note: isConfigured ? null : `Chưa cấu hình. ${NOT_CONFIGURED}` };
}

/** Back-office API of the network of communication focal points. */
export async function networkRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const present = async (rows: Awaited<ReturnType<typeof listFocalPoints>>) => {
    const dir = await getDirectory(app.db);
    const today = todayVn();
    return rows.map((r) => presentFocalPoint(r, dir, today));
  };

  app.get('/api/v1/network/focal-points', {
    config: { access: { ability: 'network.read' } },
    schema: { tags, summary: 'Đầu mối truyền thông (cán bộ chỉ thấy đầu mối của đơn vị mình); lọc theo đơn vị đang đảm nhận', querystring: FocalPointQuery, response: { 200: FocalPointList } },
    handler: async (request) => {
      const own = ownUnits(request.actor);
      let items = await present(await listFocalPoints(app.db));
      if (own) items = items.filter((f) => isOwn(own, f));
      const unitId = request.query.unitId;
      if (unitId) items = items.filter((f) => f.unitId === unitId || f.currentUnitId === unitId);
      return { items, canManage: can(request.actor, 'network.manage') };
    },
  });

  app.post('/api/v1/network/focal-points', {
    config: { access: { ability: 'network.manage' } },
    schema: { tags, summary: 'Thêm đầu mối truyền thông', body: FocalPointBody, response: { 201: FocalPoint } },
    handler: async (request, reply) => reply.status(201).send((await present([await createFocalPoint(ctx(request), request.body)]))[0]!),
  });

  app.get('/api/v1/network/focal-points/:id', {
    config: { access: { ability: 'network.read', scope: 'unit' } },
    schema: { tags, summary: 'Một đầu mối truyền thông', params: IdParams, response: { 200: FocalPoint } },
    handler: async (request) => {
      const row = await findFocalPoint(app.db, request.params.id);
      if (!row) throw notFound('đầu mối');
      const fp = (await present([row]))[0]!;
      const own = ownUnits(request.actor);
      if (own && !isOwn(own, fp)) authorize(request.actor, 'network.manage');
      return fp;
    },
  });

  app.put('/api/v1/network/focal-points/:id', {
    config: { access: { ability: 'network.manage' } },
    schema: { tags, summary: 'Sửa thông tin đầu mối', params: IdParams, body: FocalPointBody, response: { 200: FocalPoint } },
    handler: async (request) => (await present([await editFocalPoint(ctx(request), request.params.id, request.body)]))[0]!,
  });

  app.post('/api/v1/network/focal-points/:id/end', {
    config: { access: { ability: 'network.manage' } },
    schema: { tags, summary: 'Kết thúc đầu mối (giữ lịch sử)', params: IdParams, body: EndBody, response: { 200: FocalPoint } },
    handler: async (request) => (await present([await endFocalPoint(ctx(request), request.params.id, request.body)]))[0]!,
  });

  app.get('/api/v1/network/options', {
    config: { access: { ability: 'network.read' } },
    schema: { tags, summary: 'Danh mục: đơn vị đang hoạt động, cấp đầu mối, kênh gửi tin (và kênh nào chưa cấu hình)', response: { 200: NetworkOptions } },
    handler: async () => {
      const dir = await getDirectory(app.db);
      const collator = new Intl.Collator('vi');
      const units = dir.resolver.unitsAt(todayVn()).filter((u) => u.type !== 'bao_chi').map((u) => ({ id: u.id, name: u.name })).sort((a, b) => collator.compare(a.name, b.name));
      return { units, levels: LEVELS.map((code) => ({ code, label: LEVEL_LABELS[code][0] })), channels: CHANNEL_IDS.map(channelInfo) };
    },
  });

  app.get('/api/v1/network/groups', {
    config: { access: { ability: 'network.read' } },
    schema: { tags, summary: 'Nhóm đầu mối và số thành viên còn hiệu lực', response: { 200: GroupList } },
    handler: async (request) => ({ items: (await listGroups(app.db)).map(presentGroup), canManage: can(request.actor, 'network.manage'), canBroadcast: can(request.actor, 'network.broadcast') }),
  });

  app.post('/api/v1/network/groups', {
    config: { access: { ability: 'network.manage' } },
    schema: { tags, summary: 'Tạo nhóm đầu mối', body: GroupBody, response: { 201: Created } },
    handler: async (request, reply) => reply.status(201).send({ id: (await createGroup(ctx(request), request.body)).id }),
  });

  app.get('/api/v1/network/groups/:id', {
    config: { access: { ability: 'network.read' } },
    schema: { tags, summary: 'Một nhóm: thành viên, kênh, số người nhận được theo từng kênh, các tin đã gửi', params: IdParams, response: { 200: GroupDetail } },
    handler: async (request) => {
      const row = await findGroup(app.db, request.params.id);
      if (!row) throw notFound('nhóm');
      const today = todayVn();
      const group = (await listGroups(app.db, { on: today })).find((g) => g.id === row.id)!;
      const [members, broadcasts] = await Promise.all([membersOf(app.db, row.id), listBroadcasts(app.db, { groupId: row.id, limit: 50 })]);
      const current = members.filter((m) => m.validFrom <= today && (m.validTo === null || m.validTo >= today));
      const reach = group.channels.map((channel) => {
        const reachable = channel === 'webhook' ? (row.webhookUrl ? 1 : 0) : current.filter((m) => (channel === 'email' ? m.email : m.zaloUserId)).length;
        return { channel, label: CHANNEL_LABELS[channel], isConfigured: channelInfo(channel).isConfigured, reachable, unreachable: channel === 'webhook' ? 0 : current.length - reachable };
      });
      return {
        group: presentGroup(group),
        hasWebhookSecret: row.webhookSecret !== null,
        // an officer sees the contacts of their own unit's members only; the counts stay whole
        members: (await present(members)).filter((f) => { const own = ownUnits(request.actor); return !own || isOwn(own, f); }),
        reach,
        broadcasts: broadcasts.map((b) => ({ id: b.id, refNo: b.refNo, subject: b.subject, groupId: b.groupId, createdAt: new Date(b.createdAt).toISOString(), originLabel: b.originLabel })),
        canManage: can(request.actor, 'network.manage'),
        canBroadcast: can(request.actor, 'network.broadcast'),
      };
    },
  });

  app.put('/api/v1/network/groups/:id', {
    config: { access: { ability: 'network.manage' } },
    schema: { tags, summary: 'Sửa nhóm (tên, mục đích, kênh, nhóm Zalo, webhook)', params: IdParams, body: GroupBody, response: { 200: Created } },
    handler: async (request) => ({ id: (await editGroup(ctx(request), request.params.id, request.body)).id }),
  });

  app.post('/api/v1/network/groups/:id/members', {
    config: { access: { ability: 'network.manage' } },
    schema: { tags, summary: 'Thêm, bỏ thành viên của nhóm', params: IdParams, body: MembersBody, response: { 200: MembersChanged } },
    handler: async (request) => changeGroupMembers(ctx(request), request.params.id, request.body),
  });

  app.post('/api/v1/network/broadcasts', {
    config: { access: { ability: 'network.broadcast' } },
    schema: { tags, summary: 'Gửi tin cho một nhóm (chỉ liên kết tới trang công khai); việc gửi do tác vụ nền thực hiện', body: BroadcastBody, response: { 201: Created } },
    handler: async (request, reply) => {
      const { broadcastId } = await broadcastToGroup(app.db, request.actor, request.body, { publicUrl: opts.publicUrl, requestId: request.id });
      return reply.status(201).send({ id: broadcastId });
    },
  });

  app.get('/api/v1/network/broadcasts', {
    config: { access: { ability: 'network.read' } },
    schema: { tags, summary: 'Các tin đã gửi, mới nhất trước', querystring: BroadcastQuery, response: { 200: Type.Object({ items: Type.Array(BroadcastSummary) }) } },
    handler: async (request) => ({ items: (await listBroadcasts(app.db, { groupId: request.query.groupId })).map((b) => ({ id: b.id, refNo: b.refNo, subject: b.subject, groupId: b.groupId, createdAt: new Date(b.createdAt).toISOString(), originLabel: b.originLabel })) }),
  });

  app.get('/api/v1/network/broadcasts/:id', {
    config: { access: { ability: 'network.read' } },
    schema: { tags, summary: 'Một tin: tình trạng gửi theo từng người nhận và từng kênh (đã gửi, gửi lại sau, không gửi được và lý do, đã đọc)', params: IdParams, response: { 200: BroadcastDetail } },
    handler: async (request) => {
      const status = await broadcastStatus(app.db, request.params.id);
      if (!status) throw notFound('tin');
      const own = ownUnits(request.actor);
      if (!own) return status;
      // an officer sees their own unit's recipients only (the totals stay whole)
      const dir = await getDirectory(app.db);
      const today = todayVn();
      const mine = new Set((await listFocalPoints(app.db)).map((r) => presentFocalPoint(r, dir, today)).filter((f) => isOwn(own, f)).map((f) => f.id));
      return { ...status, recipients: status.recipients.filter((r) => mine.has(r.focalPointId)) };
    },
  });
}
