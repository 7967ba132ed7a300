import { Type, type Static } from 'typebox';
import type { App } from '../../platform/http';
import { NoContent } from '../../platform/http/responses';
import { notFound } from '../../platform/errors';
import { todayVn } from '../../platform/text';
import { createPerson, editPerson } from './actions/save-person';
import { getDirectory, type Directory } from './directory';
import { organisationImportRoutes } from './import-routes';
import { presentNode, presentPerson, UNIT_LEVEL_LABELS, UNIT_TYPE_LABELS } from './present';
import { listPeople } from './people-list';
import { IsoDateParam, OrgNode, Person, PersonCreate, PersonPatch, UnitDetail, UnitRef, WorkCarrierBody } from './schemas';
import { clearWorkCarrier, setWorkCarrier } from './actions/set-work-carrier';
import type { UnitRecord } from './types';

const tags = ['Tổ chức'];
const AtQuery = Type.Object({ at: Type.Optional(IsoDateParam) });

/** Who carries a unit's work on `at`, whose work it carries, and the coordinators' decisions about it. */
function workOf(dir: Directory, unitId: string, at: string): Static<typeof UnitDetail.properties.work> {
  const ref = (id: string) => ({ id, name: dir.unit(id)?.name ?? id });
  const answer = dir.carriers.carriersOf(unitId, at);
  return {
    carriers: answer.carrierIds.map(ref),
    isOverridden: answer.isOverridden,
    isShared: answer.isShared,
    inherited: dir.carriers.inheritedBy(unitId, at).map(ref),
    decisions: dir.overrides.filter((o) => o.fromId === unitId).map((o) => ({ to: ref(o.toId), effectiveOn: o.effectiveOn, reason: o.reason })),
  };
}

/** Back-office API of the organisation directory and people. */
export async function organisationRoutes(app: App): Promise<void> {
  await organisationImportRoutes(app);
  app.get('/api/v1/org/tree', {
    config: { access: { ability: 'org.read' } },
    schema: { tags, summary: 'Cây tổ chức tại một ngày', querystring: AtQuery, response: { 200: Type.Object({ at: Type.String(), nodes: Type.Array(OrgNode) }) } },
    handler: async (request) => {
      const at = request.query.at ?? todayVn();
      const dir = await getDirectory(app.db);
      return { at, nodes: dir.resolver.treeAt(at).map(presentNode) };
    },
  });

  app.get('/api/v1/org/units/:id', {
    config: { access: { ability: 'org.read' } },
    schema: { tags, summary: 'Chi tiết một đơn vị', params: Type.Object({ id: Type.String() }), querystring: AtQuery, response: { 200: UnitDetail } },
    handler: async (request): Promise<Static<typeof UnitDetail>> => {
      const dir = await getDirectory(app.db);
      const u = dir.unit(request.params.id);
      if (!u) throw notFound('đơn vị');
      const today = todayVn();
      const link = (other: UnitRecord | undefined, kind: string, effectiveOn: string) => (other ? [{ id: other.id, name: other.name, kind, effectiveOn }] : []);
      return {
        id: u.id, name: u.name, shortName: u.shortName, type: u.type, typeLabel: UNIT_TYPE_LABELS[u.type] ?? u.type, level: u.level, levelLabel: UNIT_LEVEL_LABELS[u.level] ?? '',
        validFrom: u.validFrom, validTo: u.validTo, parentId: u.parentId, parentName: u.parentId ? (dir.unit(u.parentId)?.name ?? null) : null,
        abbreviations: u.abbreviations, otherNames: u.otherNames, place: u.place,
        successors: dir.snapshot.successions.filter((s) => s.fromId === u.id && s.toId).flatMap((s) => link(dir.unit(s.toId!), s.kind, s.effectiveOn)),
        predecessors: dir.snapshot.successions.filter((s) => s.toId === u.id).flatMap((s) => link(dir.unit(s.fromId), s.kind, s.effectiveOn)),
        work: workOf(dir, u.id, today),
      };
    },
  });

  app.put('/api/v1/org/units/:id/work-carrier', {
    config: { access: { ability: 'org.write' } },
    schema: { tags, summary: 'Chỉ định đơn vị tiếp nhận công việc của một đơn vị (điều phối viên)', params: Type.Object({ id: Type.String({ maxLength: 100 }) }), body: WorkCarrierBody, response: { 200: UnitDetail.properties.work } },
    handler: async (request) => {
      await setWorkCarrier({ db: app.db, actor: request.actor, requestId: request.id }, request.params.id, request.body);
      return workOf(await getDirectory(app.db), request.params.id, todayVn());
    },
  });

  app.delete('/api/v1/org/units/:id/work-carrier/:effectiveOn', {
    config: { access: { ability: 'org.write' } },
    schema: { tags, summary: 'Bỏ quyết định chuyển giao công việc (theo quan hệ kế thừa)', params: Type.Object({ id: Type.String({ maxLength: 100 }), effectiveOn: Type.String({ format: 'date' }) }), response: { 204: NoContent } },
    handler: async (request, reply) => {
      await clearWorkCarrier({ db: app.db, actor: request.actor, requestId: request.id }, request.params.id, request.params.effectiveOn);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/org/groups', {
    config: { access: { ability: 'org.read' } },
    schema: {
      tags, summary: 'Các nhóm đơn vị và thành viên tại một ngày', querystring: AtQuery,
      response: { 200: Type.Object({ at: Type.String(), items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), aliases: Type.Array(Type.String()), members: Type.Array(UnitRef) })) }) },
    },
    handler: async (request) => {
      const at = request.query.at ?? todayVn();
      const dir = await getDirectory(app.db);
      const items = dir.snapshot.groups
        .filter((g) => g.validFrom <= at && (g.validTo === null || at < g.validTo))
        .map((g) => ({ id: g.id, name: g.name, aliases: g.aliases, members: dir.resolver.groupMembers(g.id, at).map((id) => ({ id, name: dir.unit(id)?.name ?? id })) }));
      return { at, items };
    },
  });

  app.get('/api/v1/org/resolve', {
    config: { access: { ability: 'org.read' } },
    schema: {
      tags, summary: 'Xác định đơn vị từ tên viết trong văn bản',
      querystring: Type.Object({ name: Type.String({ minLength: 1, maxLength: 300 }), at: Type.Optional(IsoDateParam) }),
      response: { 200: Type.Object({ input: Type.String(), status: Type.String(), units: Type.Array(UnitRef), group: Type.Optional(UnitRef) }) },
    },
    handler: async (request) => {
      const at = request.query.at ?? todayVn();
      const dir = await getDirectory(app.db);
      const r = dir.resolver.resolve(request.query.name, at);
      const ref = (id: string) => ({ id, name: dir.unit(id)?.name ?? id });
      if (r.status === 'unit') return { input: r.input, status: r.status, units: r.unitIds.map(ref) };
      if (r.status === 'group') {
        const g = dir.snapshot.groups.find((x) => x.id === r.groupId);
        return { input: r.input, status: r.status, units: r.unitIds.map(ref), group: { id: r.groupId, name: g?.name ?? r.groupId } };
      }
      if (r.status === 'ambiguous') return { input: r.input, status: r.status, units: r.candidateIds.map(ref) };
      return { input: r.input, status: r.status, units: [] };
    },
  });

  app.get('/api/v1/people', {
    config: { access: { ability: 'people.read' } },
    schema: {
      tags, summary: 'Danh sách cán bộ',
      querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), unitId: Type.Optional(Type.String()), limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }), offset: Type.Integer({ minimum: 0, default: 0 }) }),
      response: { 200: Type.Object({ items: Type.Array(Person), total: Type.Integer() }) },
    },
    handler: async (request) => {
      const { q, unitId, limit, offset } = request.query;
      const [page, dir] = await Promise.all([listPeople(app.db, { q: q?.trim() || undefined, unitId, limit, offset }), getDirectory(app.db)]);
      return { items: page.items.map((p) => presentPerson(p, dir.unit(p.unitId))), total: page.total };
    },
  });

  app.post('/api/v1/people', {
    config: { access: { ability: 'people.write', scope: 'unit' } },
    schema: { tags, summary: 'Thêm cán bộ', body: PersonCreate, response: { 201: Person } },
    handler: async (request, reply) => {
      const row = await createPerson({ db: app.db, actor: request.actor, requestId: request.id }, request.body);
      const dir = await getDirectory(app.db);
      return reply.status(201).send(presentPerson(row, dir.unit(row.unitId)));
    },
  });

  app.patch('/api/v1/people/:id', {
    config: { access: { ability: 'people.write', scope: 'unit' } },
    schema: { tags, summary: 'Sửa thông tin cán bộ', params: Type.Object({ id: Type.String() }), body: PersonPatch, response: { 200: Person } },
    handler: async (request) => {
      const row = await editPerson({ db: app.db, actor: request.actor, requestId: request.id }, request.params.id, request.body);
      const dir = await getDirectory(app.db);
      return presentPerson(row, dir.unit(row.unitId));
    },
  });
}
