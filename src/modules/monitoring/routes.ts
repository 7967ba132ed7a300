import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, isAppError, notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { NoContent } from '../../platform/http/responses';
import { uploadImport, importPreview, startImport } from './actions/imports';
import { correctSentiment } from './actions/correct-sentiment';
import { createSource, probeSource, setSourceEnabled, updateSource } from './actions/sources';
import { checkQuery, createWatchlist, deleteWatchlist, updateWatchlist } from './actions/watchlists';
import { MAX_IMPORT_BYTES } from './imports/run';
import { presentImport, presentItem, presentItemDetail, presentSource, presentStory, presentWatchlist } from './present';
import { findImport, findItem, findSource, findStory, listImports, listItems, listSources, listWatchlists, storyMembers, volumePerDay } from './repo-read';
import {
  ImportList, ImportView, ItemDetail, ItemPage, ItemQuery, ProbeBody, ProbeView, PreviewView, QueryCheck, QueryCheckBody, SentimentBody, SourceCreate, SourceEnable, SourceList, SourceUpdate, SourceView,
  StartBody, StartView, UploadView, WatchlistBody, WatchlistList,
} from './schemas';

const tags = ['Theo dõi dư luận'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const read = { access: { ability: 'monitoring.read' } } as const;
const manage = { access: { ability: 'monitoring.manage' } } as const;

/**
 * Office API of the monitoring core: sources and their health, items with highlighted matches and sentiment,
 * stories, the sentiment correction, watchlists and saved queries, file imports of social-media exports.
 */
export async function monitoringRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });

  app.get('/api/v1/monitoring/sources', {
    config: read,
    schema: { tags, summary: 'Các nguồn theo dõi, tình trạng tải và số tin mỗi ngày (14 ngày)', response: { 200: SourceList } },
    handler: async () => {
      const [sources, perDay] = await Promise.all([listSources(app.db), volumePerDay(app.db, 14)]);
      return { items: sources.map((s) => presentSource(s, perDay.filter((v) => v.sourceId === s.id).map(({ day, count }) => ({ day, count })))) };
    },
  });

  app.post('/api/v1/monitoring/sources/probe', {
    config: { ...manage, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Kiểm tra một địa chỉ: kênh tin, trang web (kèm kênh tin của trang) hay lỗi', body: ProbeBody, response: { 200: ProbeView } },
    handler: async (request) => probeSource(ctx(request), request.body.url),
  });

  app.post('/api/v1/monitoring/sources', {
    config: { ...manage, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Thêm nguồn (tải thử ngay; địa chỉ hỏng bị từ chối kèm lý do)', body: SourceCreate, response: { 201: SourceView } },
    handler: async (request, reply) => {
      const { id } = await createSource(ctx(request), request.body);
      reply.code(201);
      return presentSource((await findSource(app.db, id))!, []);
    },
  });

  app.patch('/api/v1/monitoring/sources/:id', {
    config: manage,
    schema: { tags, summary: 'Đổi tên hoặc chu kỳ tải của nguồn', params: IdParams, body: SourceUpdate, response: { 204: NoContent } },
    handler: async (request, reply) => {
      await updateSource(ctx(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/v1/monitoring/sources/:id/enabled', {
    config: manage,
    schema: { tags, summary: 'Bật lại hoặc tạm dừng một nguồn', params: IdParams, body: SourceEnable, response: { 204: NoContent } },
    handler: async (request, reply) => {
      await setSourceEnabled(ctx(request), request.params.id, request.body.enabled, request.body.reason);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/v1/monitoring/items', {
    config: read,
    schema: { tags, summary: 'Các tin (lọc theo liên quan, sắc thái, nguồn, nền tảng, ngày, danh sách theo dõi, từ khoá không dấu)', querystring: ItemQuery, response: { 200: ItemPage } },
    handler: async (request) => {
      const { limit, offset, ...filter } = request.query;
      const page = await listItems(app.db, filter, { limit, offset });
      return { items: page.items.map(presentItem), total: page.total };
    },
  });

  app.get('/api/v1/monitoring/items/:id', {
    config: read,
    schema: { tags, summary: 'Một tin: toàn văn có đánh dấu, sắc thái và căn cứ, các tin cùng câu chuyện', params: IdParams, response: { 200: ItemDetail } },
    handler: async (request) => {
      const item = await findItem(app.db, request.params.id);
      if (!item) throw notFound('tin');
      const story = item.story_id ? await findStory(app.db, item.story_id) : null;
      const merge = story?.suggestedMergeWith ? await findStory(app.db, story.suggestedMergeWith) : null;
      const members = story ? await storyMembers(app.db, story.id) : [];
      return presentItemDetail(item, story ? presentStory(story, merge) : null, members);
    },
  });

  app.put('/api/v1/monitoring/items/:id/sentiment', {
    config: { access: { ability: 'monitoring.correct' } },
    schema: { tags, summary: 'Sửa sắc thái của một tin (dùng để huấn luyện lại mô hình)', params: IdParams, body: SentimentBody, response: { 200: SentimentBody } },
    handler: async (request) => correctSentiment(ctx(request), request.params.id, request.body.sentiment),
  });

  app.get('/api/v1/monitoring/watchlists', {
    config: read,
    schema: { tags, summary: 'Các danh sách theo dõi (địa danh cũ và mới, lãnh đạo, cơ quan, chính sách, truy vấn đã lưu)', response: { 200: WatchlistList } },
    handler: async () => ({ items: (await listWatchlists(app.db)).map(presentWatchlist) }),
  });

  app.post('/api/v1/monitoring/watchlists', {
    config: manage,
    schema: { tags, summary: 'Thêm danh sách theo dõi', body: WatchlistBody, response: { 201: Type.Object({ id: Type.String() }) } },
    handler: async (request, reply) => {
      const r = await createWatchlist(ctx(request), request.body);
      reply.code(201);
      return r;
    },
  });

  app.put('/api/v1/monitoring/watchlists/:id', {
    config: manage,
    schema: { tags, summary: 'Sửa danh sách theo dõi (tên, truy vấn, các mục và thời gian hiệu lực)', params: IdParams, body: WatchlistBody, response: { 204: NoContent } },
    handler: async (request, reply) => {
      await updateWatchlist(ctx(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  });

  app.delete('/api/v1/monitoring/watchlists/:id', {
    config: manage,
    schema: { tags, summary: 'Xoá danh sách theo dõi', params: IdParams, response: { 204: NoContent } },
    handler: async (request, reply) => {
      await deleteWatchlist(ctx(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/v1/monitoring/queries/check', {
    config: read,
    schema: { tags, summary: 'Kiểm tra cú pháp một truy vấn (lỗi kèm vị trí)', body: QueryCheckBody, response: { 200: QueryCheck } },
    handler: async (request) => {
      const r = checkQuery(request.body.query);
      return r.ok ? { ok: true, message: null, at: null, terms: r.terms } : { ok: false, message: r.message, at: r.at, terms: [] };
    },
  });

  app.get('/api/v1/monitoring/imports', {
    config: read,
    schema: { tags, summary: 'Các lượt nhập tệp mạng xã hội và tiến độ', response: { 200: ImportList } },
    handler: async () => ({ items: (await listImports(app.db)).map(presentImport) }),
  });

  app.get('/api/v1/monitoring/imports/:id', {
    config: read,
    schema: { tags, summary: 'Tiến độ một lượt nhập', params: IdParams, response: { 200: ImportView } },
    handler: async (request) => {
      const imp = await findImport(app.db, request.params.id);
      if (!imp) throw notFound('lượt nhập tệp');
      return presentImport(imp);
    },
  });

  app.post('/api/v1/monitoring/imports', {
    config: { ...manage, rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Tải lên tệp xuất (.csv, .json, .ndjson, .xlsx): lưu và xem trước, chưa nhập', consumes: ['multipart/form-data'], querystring: Type.Object({ vendor: Type.String({ maxLength: 100 }) }), response: { 201: UploadView } },
    handler: async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('unsupported-media-type', 'Cần gửi tệp dưới dạng multipart/form-data.');
      let result: Awaited<ReturnType<typeof uploadImport>> | null = null;
      try {
        for await (const part of request.parts({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, fieldSize: 10_000 } })) {
          if (part.type !== 'file') continue;
          if (result) {
            part.file.resume();
            continue;
          }
          result = await uploadImport(ctx(request), { vendor: request.query.vendor, fileName: part.filename, file: part.file });
          if (part.file.truncated) throw new AppError('payload-too-large', 'Tệp lớn hơn 1 GB: hãy chia nhỏ tệp xuất.');
        }
      } catch (e) {
        if (isAppError(e)) throw e;
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('payload-too-large', 'Tệp lớn hơn 1 GB: hãy chia nhỏ tệp xuất.');
        throw new AppError('bad-request', 'Dữ liệu tải lên không hợp lệ hoặc bị cắt ngang. Vui lòng gửi lại.');
      }
      if (!result) throw new AppError('validation', 'Chọn tệp để tải lên.', { errors: [{ path: 'file', message: 'Chọn tệp để tải lên.' }] });
      reply.code(201);
      return result;
    },
  });

  app.get('/api/v1/monitoring/imports/:id/preview', {
    config: manage,
    schema: { tags, summary: 'Xem trước tệp chờ ghép cột', params: IdParams, response: { 200: PreviewView } },
    handler: async (request) => importPreview(ctx(request), request.params.id),
  });

  app.post('/api/v1/monitoring/imports/:id/start', {
    config: manage,
    schema: { tags, summary: 'Xác nhận ghép cột và bắt đầu nhập (thiếu cột bắt buộc: từ chối, không nhập dòng nào)', params: IdParams, body: StartBody, response: { 200: StartView } },
    handler: async (request) => startImport(ctx(request), request.params.id, request.body.mapping),
  });
}
