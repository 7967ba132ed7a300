import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { can } from '../../platform/auth';
import { AppError, notFound } from '../../platform/errors';
import { attachmentDisposition, readMultipart, type App } from '../../platform/http';
import { DOCX_TYPE, fileResponse } from '../../platform/http/responses';
import { openStoredFile } from '../../platform/files';
import { fold, formatDateVi, slugify, todayVn } from '../../platform/text';
import { findRound, roundsOfDrafts } from '../consultation';
import { getDirectory } from '../organisations';
import { findDraft, listDrafts } from '../policies';
import { attachProductFile } from './actions/attach-file';
import { publishProduct, withdrawProduct } from './actions/publish-product';
import { recordReach } from './actions/record-reach';
import { saveLanguage } from './actions/save-language';
import { createProduct, editProduct } from './actions/save-product';
import { CHANNEL_LABELS, CHANNELS, KIND_LABELS, KINDS, LANGUAGE_LABELS, LANGUAGES, MEASURE_LABELS, MEASURES } from './labels';
import { consultationPosters } from './portal';
import { renderScriptDocx } from './poster';
import { presentDetail, presentSummary, productPath } from './present';
import { readingTime } from './reading-time';
import { filesOf, findProduct, findTask, languagesOf, tasksOfYears, listProducts, reachOf, userNames, versionsOf, type ProductRow } from './repo';
import { FileParams, IdParams, LanguageBody, ProductBody, ProductDetail, ProductOptions, ProductQuery, ProductSummary, ReachBody, WithdrawBody } from './schemas';

const tags = ['Sản phẩm truyền thông'];
const MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'audio/mpeg', 'audio/ogg', 'audio/wav', 'audio/mp4', 'video/mp4', 'video/webm'];

/** Back-office API of the communication products library. */
export async function productRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });

  app.get('/api/v1/products', {
    config: { access: { ability: 'products.read' } },
    schema: { tags, summary: 'Sản phẩm truyền thông, lọc theo loại, tình trạng, chính sách, đơn vị, ngôn ngữ, từ khóa (không dấu cũng được)', querystring: ProductQuery, response: { 200: Type.Object({ items: Type.Array(ProductSummary) }) } },
    handler: async (request) => {
      const q = request.query;
      const rows = await listProducts(app.db, { statuses: q.status ? [q.status] : undefined, kind: q.kind, policyId: q.policyId, unitId: q.unitId, lang: q.lang });
      const [dir, languages, titles] = await Promise.all([getDirectory(app.db), languagesOf(app.db, rows.map((r) => r.id)), policyTitles(rows)]);
      const needle = q.q ? fold(q.q) : '';
      const kept = needle ? rows.filter((r) => fold(`${r.title} ${r.summary} ${titles.get(r.policyId) ?? ''}`).includes(needle)) : rows;
      return { items: kept.map((r) => presentSummary(r, { dir, policyTitle: titles.get(r.policyId) ?? '', languages: languages.filter((l) => l.productId === r.id) })) };
    },
  });

  app.get('/api/v1/products/options', {
    config: { access: { ability: 'products.read' } },
    schema: { tags, summary: 'Danh mục để nhập sản phẩm: loại, kênh, ngôn ngữ, chính sách, đơn vị, xã; dự thảo đang lấy ý kiến (áp phích)', response: { 200: ProductOptions } },
    handler: async (request) => {
      const today = todayVn();
      const year = Number(today.slice(0, 4));
      const [dir, drafts, posters, tasks] = await Promise.all([getDirectory(app.db), listDrafts(app.db, {}), consultationPosters(app.db, ''), tasksOfYears(app.db, [year, year - 1])]);
      const rounds = await roundsOfDrafts(app.db, drafts.map((d) => d.id));
      const collator = new Intl.Collator('vi');
      const units = dir.resolver.unitsAt(today).map((u) => ({ id: u.id, name: u.name, level: u.level })).sort((a, b) => collator.compare(a.name, b.name));
      const labelled = <K extends string>(codes: readonly K[], labels: Record<K, readonly [string, string]>) => codes.map((code) => ({ code, label: labels[code][0] }));
      return {
        kinds: labelled(KINDS, KIND_LABELS),
        channels: labelled(CHANNELS, CHANNEL_LABELS),
        measures: labelled(MEASURES, MEASURE_LABELS),
        languages: labelled(LANGUAGES, LANGUAGE_LABELS),
        policies: drafts.map((d) => ({ id: d.id, title: d.title })),
        units: units.filter((u) => u.level !== 'commune').map(({ id, name }) => ({ id, name })),
        communes: units.filter((u) => u.level === 'commune').map(({ id, name }) => ({ id, name })),
        rounds: rounds.map((r) => ({ id: r.id, policyId: r.draftId, label: `Từ ${formatDateVi(r.opensOn, 'short')} đến ${formatDateVi(r.closesOn, 'short')}` })),
        tasks: tasks.map((t) => ({ id: t.id, title: `${t.year} — ${t.code}. ${t.title}` })),
        consultations: posters.map((p) => ({ slug: p.slug, title: p.title, closesOn: p.closesOn, posterPath: `/san-pham-truyen-thong/du-thao/${p.slug}/ap-phich.docx`, printPath: `/san-pham-truyen-thong/du-thao/${p.slug}/ap-phich` })),
        canCreate: can(request.actor, 'products.edit'),
      };
    },
  });

  app.post('/api/v1/products', {
    config: { access: { ability: 'products.edit' } },
    schema: { tags, summary: 'Thêm sản phẩm truyền thông (bản nháp, gắn với một chính sách)', body: ProductBody, response: { 201: ProductDetail } },
    handler: async (request, reply) => reply.status(201).send(await detail(request, await createProduct(ctx(request), request.body))),
  });

  app.get('/api/v1/products/:id', {
    config: { access: { ability: 'products.read' } },
    schema: { tags, summary: 'Một sản phẩm: các phiên bản, bản ngôn ngữ khác, tệp, số liệu tiếp cận', params: IdParams, response: { 200: ProductDetail } },
    handler: async (request) => {
      const row = await findProduct(app.db, request.params.id);
      if (!row) throw notFound('sản phẩm');
      return detail(request, row);
    },
  });

  app.put('/api/v1/products/:id', {
    config: { access: { ability: 'products.edit', scope: 'unit' } },
    schema: { tags, summary: 'Sửa sản phẩm (ghi phiên bản mới, giữ các phiên bản cũ)', params: IdParams, body: ProductBody, response: { 200: ProductDetail } },
    handler: async (request) => detail(request, await editProduct(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/products/:id/publish', {
    config: { access: { ability: 'products.publish' } },
    schema: { tags, summary: 'Đăng sản phẩm lên cổng thông tin (cần tóm tắt dễ hiểu)', params: IdParams, response: { 200: ProductDetail } },
    handler: async (request) => detail(request, await publishProduct(ctx(request), request.params.id)),
  });

  app.post('/api/v1/products/:id/withdraw', {
    config: { access: { ability: 'products.publish' } },
    schema: { tags, summary: 'Gỡ sản phẩm khỏi cổng thông tin, nêu lý do', params: IdParams, body: WithdrawBody, response: { 200: ProductDetail } },
    handler: async (request) => detail(request, await withdrawProduct(ctx(request), request.params.id, request.body)),
  });

  app.put('/api/v1/products/:id/languages', {
    config: { access: { ability: 'products.edit', scope: 'unit' } },
    schema: { tags, summary: 'Thêm hoặc sửa bản ngôn ngữ khác (tiếng Anh, tiếng dân tộc thiểu số)', params: IdParams, body: LanguageBody, response: { 200: ProductDetail } },
    handler: async (request) => {
      await saveLanguage(ctx(request), request.params.id, request.body);
      return detail(request, (await findProduct(app.db, request.params.id))!);
    },
  });

  app.post('/api/v1/products/:id/reach', {
    config: { access: { ability: 'products.edit', scope: 'unit' } },
    schema: { tags, summary: 'Ghi số liệu tiếp cận trên một kênh (lượt xem, lượt nghe, số bản) và ngày đo', params: IdParams, body: ReachBody, response: { 200: ProductDetail } },
    handler: async (request) => {
      await recordReach(ctx(request), request.params.id, request.body);
      return detail(request, (await findProduct(app.db, request.params.id))!);
    },
  });

  app.post('/api/v1/products/:id/files', {
    config: { access: { ability: 'products.edit', scope: 'unit' } },
    schema: { tags, summary: 'Đính kèm ảnh, video, âm thanh hoặc PDF (kiểm tra loại theo nội dung tệp); trường lang: của bản ngôn ngữ nào', params: IdParams, consumes: ['multipart/form-data'], response: { 200: ProductDetail } },
    handler: async (request) => {
      const form = await readMultipart(request, { maxFileBytes: 20 * 1024 * 1024 });
      const file = form.files.find((f) => f.field === 'file') ?? form.files[0];
      if (!file) throw new AppError('validation', 'Chưa chọn tệp.', { errors: [{ path: 'file', message: 'Chọn tệp ảnh, video, âm thanh hoặc PDF.' }] });
      await attachProductFile(ctx(request), request.params.id, { data: new Uint8Array(file.data), fileName: file.fileName, lang: form.fields.lang || null });
      return detail(request, (await findProduct(app.db, request.params.id))!);
    },
  });

  app.get('/api/v1/products/:id/files/:fileId', {
    config: { access: { ability: 'products.read' } },
    schema: { tags, summary: 'Tải một tệp của sản phẩm', params: FileParams, response: { 200: fileResponse('Tệp của sản phẩm', ...MEDIA_TYPES) } },
    handler: async (request, reply) => {
      const languages = await languagesOf(app.db, [request.params.id]);
      const files = [...(await filesOf(app.db, 'product', [request.params.id])), ...(await filesOf(app.db, 'product_language', languages.map((l) => l.id)))];
      const file = files.find((f) => f.id === request.params.fileId);
      if (!file) throw notFound('tệp');
      return reply.type(file.mimeType).header('content-disposition', attachmentDisposition(file.fileName)).header('x-content-type-options', 'nosniff').send(openStoredFile(file.storageKey));
    },
  });

  app.get('/api/v1/products/:id/script.docx', {
    config: { access: { ability: 'products.read' } },
    schema: { tags, summary: 'Kịch bản phát thanh (DOCX) cho đài truyền thanh cơ sở', params: IdParams, response: { 200: fileResponse('Kịch bản phát thanh (DOCX)', DOCX_TYPE) } },
    handler: async (request, reply) => {
      const row = await findProduct(app.db, request.params.id);
      if (!row || row.kind !== 'loudspeaker_script') throw notFound('kịch bản phát thanh');
      const [dir, draft] = await Promise.all([getDirectory(app.db), findDraft(app.db, row.policyId)]);
      const unitName = dir.unit(row.unitId)?.name ?? '';
      const time = readingTime(row.body);
      const communes = row.communes.map((id) => dir.unit(id)?.name).filter(Boolean);
      const buf = await renderScriptDocx({
        unitName,
        title: row.title,
        durationLine: `Thời lượng: khoảng ${time.label} (${time.words} chữ, đọc khoảng 150 chữ mỗi phút)`,
        scheduleLine: row.broadcastFrom && row.broadcastTo ? `Lịch phát: ${row.slotsPerDay ?? 1} lần mỗi ngày, từ ngày ${formatDateVi(row.broadcastFrom, 'short')} đến ngày ${formatDateVi(row.broadcastTo, 'short')}` : null,
        communesLine: communes.length ? `Phát tại: ${communes.join('; ')}` : null,
        body: row.body,
        source: draft ? `${unitName}; ${draft.title}` : unitName,
      });
      return reply.type(DOCX_TYPE).header('content-disposition', attachmentDisposition(`Kịch bản phát thanh - ${row.title.slice(0, 80)}.docx`)).send(buf);
    },
  });

  async function policyTitles(rows: ProductRow[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.policyId))];
    const drafts = await Promise.all(ids.map((id) => findDraft(app.db, id)));
    return new Map(drafts.filter((d) => d !== null).map((d) => [d.id, d.title]));
  }

  async function detail(request: FastifyRequest, row: ProductRow) {
    const [dir, draft, round, task, languages, files, reach, versions] = await Promise.all([
      getDirectory(app.db),
      findDraft(app.db, row.policyId),
      row.roundId ? findRound(app.db, row.roundId) : Promise.resolve(null),
      row.taskId ? findTask(app.db, row.taskId) : Promise.resolve(null),
      languagesOf(app.db, [row.id]),
      filesOf(app.db, 'product', [row.id]),
      reachOf(app.db, [row.id]),
      versionsOf(app.db, row.id),
    ]);
    const [languageFiles, names] = await Promise.all([filesOf(app.db, 'product_language', languages.map((l) => l.id)), userNames(app.db, versions.map((v) => v.createdBy).filter((x): x is string => x !== null))]);
    const canEdit = can(request.actor, 'products.edit', { unitId: row.unitId }) && (row.status !== 'published' || can(request.actor, 'products.publish'));
    const canPublish = can(request.actor, 'products.publish');
    return presentDetail(row, {
      dir,
      policyTitle: draft?.title ?? '',
      roundLabel: round ? `Từ ${formatDateVi(round.opensOn, 'short')} đến ${formatDateVi(round.closesOn, 'short')}` : null,
      task: task ? { id: task.id, title: `${task.code}. ${task.title}` } : null,
      languages,
      files,
      languageFiles,
      reach,
      versions,
      userNames: names,
      portalPath: row.status === 'published' ? productPath(row, slugify) : null,
      abilities: { canEdit, canPublish: canPublish && row.status !== 'published', canWithdraw: canPublish && row.status === 'published' },
    });
  }
}

