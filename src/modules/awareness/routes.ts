import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { can } from '../../platform/auth';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { findDraft } from '../policies';
import { productChoices, productsByIdsForLinks } from '../products';
import { addActivity, editActivity } from './actions/save-activity';
import { createCampaign, editCampaign } from './actions/save-campaign';
import { ACTIVITY_KIND_LABELS, AUDIENCE_LABELS, CAMPAIGN_STATUS_LABELS } from './labels';
import { presentActivity, presentCampaign } from './present';
import { activitiesOfCampaigns, findCampaign, listCampaigns, type CampaignRow } from './repo';
import { ActivityBody, ActivityParams, Campaign, CampaignBody, CampaignDetail, IdParams, Options } from './schemas';

const tags = ['Nâng cao nhận thức'];
const coded = (labels: Record<string, readonly [string, string]>) => Object.entries(labels).map(([code, l]) => ({ code, label: l[0] }));

/** Back-office API of awareness campaigns (plan item II.1) and their activities. */
export async function awarenessRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const policyOf = async (c: CampaignRow) => {
    const d = c.policyId ? await findDraft(app.db, c.policyId) : null;
    return d ? { id: d.id, title: d.title } : null;
  };

  app.get('/api/v1/awareness/options', {
    config: { access: { ability: 'awareness.read' } },
    schema: { tags, summary: 'Danh mục: đối tượng, hình thức hoạt động, trạng thái, đơn vị', response: { 200: Options } },
    handler: async () => {
      const dir = await getDirectory(app.db);
      const today = todayVn();
      const collator = new Intl.Collator('vi');
      const units = dir.snapshot.units.filter((u) => u.validFrom <= today && (u.validTo === null || today < u.validTo)).map((u) => ({ id: u.id, name: u.name })).sort((a, b) => collator.compare(a.name, b.name));
      return { audiences: coded(AUDIENCE_LABELS), activityKinds: coded(ACTIVITY_KIND_LABELS), statuses: coded(CAMPAIGN_STATUS_LABELS), units };
    },
  });

  app.get('/api/v1/awareness/campaigns', {
    config: { access: { ability: 'awareness.read' } },
    schema: { tags, summary: 'Các chiến dịch nâng cao nhận thức', response: { 200: Type.Object({ items: Type.Array(Campaign) }) } },
    handler: async () => {
      const campaigns = await listCampaigns(app.db);
      const [activities, dir] = await Promise.all([activitiesOfCampaigns(app.db, campaigns.map((c) => c.id)), getDirectory(app.db)]);
      return { items: await Promise.all(campaigns.map(async (c) => presentCampaign(c, activities, dir, await policyOf(c)))) };
    },
  });

  app.post('/api/v1/awareness/campaigns', {
    config: { access: { ability: 'awareness.manage' } },
    schema: { tags, summary: 'Tạo chiến dịch', body: CampaignBody, response: { 201: CampaignDetail } },
    handler: async (request, reply) => reply.status(201).send(await detail(request, await createCampaign(ctx(request), request.body))),
  });

  app.get('/api/v1/awareness/campaigns/:id', {
    config: { access: { ability: 'awareness.read' } },
    schema: { tags, summary: 'Một chiến dịch và các hoạt động của nó', params: IdParams, response: { 200: CampaignDetail } },
    handler: async (request) => {
      const c = await findCampaign(app.db, request.params.id);
      if (!c) throw notFound('chiến dịch');
      return detail(request, c);
    },
  });

  app.put('/api/v1/awareness/campaigns/:id', {
    config: { access: { ability: 'awareness.manage' } },
    schema: { tags, summary: 'Sửa chiến dịch', params: IdParams, body: CampaignBody, response: { 200: CampaignDetail } },
    handler: async (request) => detail(request, await editCampaign(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/awareness/campaigns/:id/activities', {
    config: { access: { ability: 'awareness.manage' } },
    schema: { tags, summary: 'Thêm hoạt động (hình thức, ngày, địa điểm, số người được tiếp cận theo đối tượng, sản phẩm đã dùng)', params: IdParams, body: ActivityBody, response: { 201: CampaignDetail } },
    handler: async (request, reply) => {
      await addActivity(ctx(request), request.params.id, request.body);
      return reply.status(201).send(await detail(request, (await findCampaign(app.db, request.params.id))!));
    },
  });

  app.put('/api/v1/awareness/campaigns/:id/activities/:activityId', {
    config: { access: { ability: 'awareness.manage' } },
    schema: { tags, summary: 'Sửa một hoạt động', params: ActivityParams, body: ActivityBody, response: { 200: CampaignDetail } },
    handler: async (request) => {
      await editActivity(ctx(request), request.params.id, request.params.activityId, request.body);
      return detail(request, (await findCampaign(app.db, request.params.id))!);
    },
  });

  async function detail(request: FastifyRequest, c: CampaignRow) {
    const canManage = can(request.actor, 'awareness.manage');
    const [activities, dir, policy, productChoicesOffered] = await Promise.all([activitiesOfCampaigns(app.db, [c.id]), getDirectory(app.db), policyOf(c), canManage ? productChoices(app.db, { policyId: c.policyId }) : []]);
    const linked = await productsByIdsForLinks(app.db, activities.flatMap((a) => a.productIds));
    const library = new Map(linked.map((p) => [p.id, p]));
    return { ...presentCampaign(c, activities, dir, policy), activities: activities.map((a) => presentActivity(a, library)), productChoices: productChoicesOffered, abilities: { canManage } };
  }
}
