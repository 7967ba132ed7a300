import { inArray } from 'drizzle-orm';
import { codeValue, countValue, registerAuditVocabulary, type AuditVocabulary, type Label } from '../../platform/audit';
import { IMPORT_FIELD_LABELS, SENTIMENT_LABELS, SOURCE_KIND_LABELS, WATCHLIST_KIND_LABELS } from './labels';
import { monitoringImports, monitoringSources, monitoringWatchlists } from './tables';

const asLabels = (m: Record<string, [string, string]>): Record<string, Label> => m;
const rows = countValue(['dòng', 'rows']);

/** "Nội dung ← cột “message”; Tác giả ← cột “from”" for a column mapping. */
function mappingValue(value: unknown, ctx: { lang: 'vi' | 'en' }): string {
  if (!value || typeof value !== 'object') return '—';
  return Object.entries(value as Record<string, string>)
    .filter(([f, c]) => c && f in IMPORT_FIELD_LABELS)
    .map(([f, c]) => `${IMPORT_FIELD_LABELS[f as keyof typeof IMPORT_FIELD_LABELS][ctx.lang === 'en' ? 1 : 0]} ← “${c}”`)
    .join('; ');
}

/** How the audit log names what the monitoring module's core records (the response side registers its own). */
export const monitoringAuditVocabulary: AuditVocabulary = {
  actions: {
    'monitoring.source.create': ['Thêm nguồn theo dõi dư luận', 'Added a monitoring source'],
    'monitoring.source.update': ['Sửa nguồn theo dõi dư luận', 'Edited a monitoring source'],
    'monitoring.source.enable': ['Bật lại nguồn theo dõi', 'Enabled a monitoring source'],
    'monitoring.source.disable': ['Tạm dừng nguồn theo dõi', 'Disabled a monitoring source'],
    'monitoring.watchlist.create': ['Thêm danh sách theo dõi', 'Added a watchlist'],
    'monitoring.watchlist.update': ['Sửa danh sách theo dõi', 'Edited a watchlist'],
    'monitoring.watchlist.delete': ['Xoá danh sách theo dõi', 'Deleted a watchlist'],
    'monitoring.import.start': ['Nhập tệp xuất từ mạng xã hội', 'Imported a social-media export'],
    'monitoring.sentiment.correct': ['Sửa sắc thái của một tin', 'Corrected an item’s sentiment'],
  },
  subjects: {
    monitoring_source: {
      label: ['Nguồn theo dõi dư luận', 'Monitoring source'],
      summaryName: 'name',
      names: async (db, ids) => new Map((await db.select({ id: monitoringSources.id, name: monitoringSources.name }).from(monitoringSources).where(inArray(monitoringSources.id, ids))).map((s) => [s.id, { name: s.name, href: '/office/monitoring/sources' }])),
      fields: {
        name: { label: ['Tên nguồn', 'Name'] },
        kind: { label: ['Loại nguồn', 'Kind'], value: codeValue(asLabels(SOURCE_KIND_LABELS)) },
        url: { label: ['Địa chỉ', 'Address'] },
        pollMinutes: { label: ['Chu kỳ tải (phút)', 'Polled every (minutes)'] },
        enabled: { label: ['Đang theo dõi', 'Enabled'] },
        reason: { label: ['Lý do', 'Reason'] },
      },
    },
    monitoring_watchlist: {
      label: ['Danh sách theo dõi', 'Watchlist'],
      summaryName: 'name',
      names: async (db, ids) => new Map((await db.select({ id: monitoringWatchlists.id, name: monitoringWatchlists.name }).from(monitoringWatchlists).where(inArray(monitoringWatchlists.id, ids))).map((s) => [s.id, { name: s.name, href: '/office/monitoring/watchlists' }])),
      fields: {
        name: { label: ['Tên danh sách', 'Name'] },
        kind: { label: ['Loại', 'Kind'], value: codeValue(asLabels(WATCHLIST_KIND_LABELS)) },
        query: { label: ['Truy vấn', 'Query'] },
        terms: { label: ['Số mục theo dõi', 'Terms'] },
        enabled: { label: ['Đang dùng', 'In use'] },
      },
    },
    monitoring_import: {
      label: ['Lượt nhập tệp mạng xã hội', 'Social-media import'],
      summaryName: 'fileName',
      names: async (db, ids) => new Map((await db.select({ id: monitoringImports.id, name: monitoringImports.fileName }).from(monitoringImports).where(inArray(monitoringImports.id, ids))).map((s) => [s.id, { name: s.name, href: '/office/monitoring/imports' }])),
      fields: {
        fileName: { label: ['Tên tệp', 'File'] },
        vendor: { label: ['Nhà cung cấp', 'Vendor'] },
        mapping: { label: ['Ghép cột', 'Column mapping'], value: mappingValue },
        rows: { label: ['Số dòng', 'Rows'], value: rows },
      },
    },
    monitoring_item: {
      label: ['Tin theo dõi dư luận', 'Monitored item'],
      fields: {
        sentiment: { label: ['Sắc thái', 'Sentiment'], value: codeValue(asLabels(SENTIMENT_LABELS)) },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(monitoringAuditVocabulary);
