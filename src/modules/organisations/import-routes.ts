import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { readMultipart, type App } from '../../platform/http';
import { CSV_TYPE, fileResponse, XLSX_TYPE } from '../../platform/http/responses';
import { applyDirectoryImport, previewDirectoryImport } from './actions/import-directory';
import { MAX_FILE_BYTES } from './import/read-files';
import { csvTemplate, xlsxTemplate } from './import/template';

const tags = ['Tổ chức'];

const Counts = Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });
const AllCounts = Type.Object({ units: Counts, successions: Counts, aliases: Counts });
const Issue = Type.Object({ source: Type.String(), row: Type.Union([Type.Integer(), Type.Null()]), column: Type.Union([Type.String(), Type.Null()]), message: Type.String() });
const UnitChange = Type.Object({
  source: Type.String(), row: Type.Integer(), id: Type.String(), name: Type.String(),
  status: Type.Union([Type.Literal('created'), Type.Literal('updated')]), changedColumns: Type.Array(Type.String()),
});
const Preview = Type.Object({
  files: Type.Array(Type.String()),
  tables: Type.Array(Type.Object({ source: Type.String(), kind: Type.String(), rows: Type.Integer() })),
  issues: Type.Array(Issue),
  warnings: Type.Array(Type.String()),
  counts: AllCounts,
  unitChanges: Type.Array(UnitChange),
  unitChangesTotal: Type.Integer(),
});

/** Loading a province directory from a spreadsheet: template, preview (writes nothing), apply. */
export async function organisationImportRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const uploaded = async (request: FastifyRequest) => {
    const form = await readMultipart(request, { maxFileBytes: MAX_FILE_BYTES });
    return form.files.map((f) => ({ fileName: f.fileName, data: new Uint8Array(f.data) }));
  };

  app.get('/api/v1/org/import/template', {
    config: { access: { ability: 'org.write' } },
    schema: {
      tags, summary: 'Tải tệp mẫu danh mục đơn vị (.xlsx, hoặc một bảng dạng .csv)',
      querystring: Type.Object({
        format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' }),
        table: Type.Union([Type.Literal('units'), Type.Literal('successions'), Type.Literal('aliases')], { default: 'units' }),
      }),
      response: { 200: fileResponse('Tệp mẫu danh mục đơn vị', XLSX_TYPE, CSV_TYPE) },
    },
    handler: async (request, reply) => {
      if (request.query.format === 'csv') {
        const t = csvTemplate(request.query.table);
        return reply.type(`${CSV_TYPE}; charset=utf-8`).header('content-disposition', `attachment; filename="${t.fileName}"`).send(t.text);
      }
      return reply.type(XLSX_TYPE).header('content-disposition', 'attachment; filename="mau-danh-muc-don-vi.xlsx"').send(await xlsxTemplate());
    },
  });

  app.post('/api/v1/org/import/preview', {
    config: { access: { ability: 'org.write' } },
    schema: { tags, summary: 'Xem trước việc nhập danh mục đơn vị từ tệp (không lưu)', consumes: ['multipart/form-data'], response: { 200: Preview } },
    handler: async (request) => previewDirectoryImport(ctx(request), await uploaded(request)),
  });

  app.post('/api/v1/org/import', {
    config: { access: { ability: 'org.write' } },
    schema: { tags, summary: 'Nhập danh mục đơn vị từ tệp (một giao dịch)', consumes: ['multipart/form-data'], response: { 200: Type.Object({ changed: Type.Boolean(), counts: AllCounts }) } },
    handler: async (request) => applyDirectoryImport(ctx(request), await uploaded(request)),
  });
}
