import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/errors';
import type { App } from '../../../platform/http';
import { fold, todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { createPressAgency, editPressAgency, endPressAgency } from './actions/save-agency';
import { AGENCY_KIND_LABELS, AGENCY_KINDS } from './labels';
import { isValidOn, presentAgency } from './present';
import { findAgency, listAgencies } from './repo';
import { Agency, AgencyBody, AgencyOptions, AgencyQuery, EndAgencyBody } from './schemas';

const tags = ['Báo chí'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

/** Back-office API of the press agencies directory. */
export async function pressAgencyRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const present = async (row: Parameters<typeof presentAgency>[0]) => presentAgency(row, await getDirectory(app.db), todayVn());

  app.get('/api/v1/press/agencies', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Danh mục cơ quan báo chí (tìm không phân biệt dấu)', querystring: AgencyQuery, response: { 200: Type.Object({ items: Type.Array(Agency) }) } },
    handler: async (request) => {
      const today = todayVn();
      const [rows, dir] = await Promise.all([listAgencies(app.db), getDirectory(app.db)]);
      const needle = request.query.q ? fold(request.query.q) : '';
      const matches = (r: (typeof rows)[number]) => !needle || fold([r.name, r.licenceNo ?? '', r.headOffice ?? '', ...r.emails].join(' ')).includes(needle);
      const keep = rows.filter((r) => matches(r) && (!request.query.current || isValidOn(r, today)));
      const collator = new Intl.Collator('vi');
      return { items: keep.map((r) => presentAgency(r, dir, today)).sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || collator.compare(a.name, b.name)) };
    },
  });

  app.get('/api/v1/press/agency-options', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Loại hình báo chí và các cơ quan báo chí của tỉnh, cho biểu mẫu', response: { 200: AgencyOptions } },
    handler: async () => {
      const dir = await getDirectory(app.db);
      const today = todayVn();
      const collator = new Intl.Collator('vi');
      const pressUnits = dir.snapshot.units
        .filter((u) => u.type === 'bao_chi' && u.validFrom <= today && (u.validTo === null || today < u.validTo))
        .map((u) => ({ id: u.id, name: u.name }))
        .sort((a, b) => collator.compare(a.name, b.name));
      return { kinds: AGENCY_KINDS.map((code) => ({ code, label: AGENCY_KIND_LABELS[code][0] })), pressUnits };
    },
  });

  app.post('/api/v1/press/agencies', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Thêm cơ quan báo chí vào danh mục', body: AgencyBody, response: { 201: Agency } },
    handler: async (request, reply) => reply.status(201).send(await present(await createPressAgency(ctx(request), request.body))),
  });

  app.get('/api/v1/press/agencies/:id', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Một cơ quan báo chí', params: IdParams, response: { 200: Agency } },
    handler: async (request) => {
      const row = await findAgency(app.db, request.params.id);
      if (!row) throw notFound('cơ quan báo chí');
      return present(row);
    },
  });

  app.put('/api/v1/press/agencies/:id', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Sửa thông tin cơ quan báo chí', params: IdParams, body: AgencyBody, response: { 200: Agency } },
    handler: async (request) => present(await editPressAgency(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/press/agencies/:id/end', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Kết thúc (đưa ra khỏi danh mục từ một ngày, có lý do)', params: IdParams, body: EndAgencyBody, response: { 200: Agency } },
    handler: async (request) => present(await endPressAgency(ctx(request), request.params.id, request.body)),
  });
}
