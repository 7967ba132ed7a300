import { codeValue, plainValue, registerAuditVocabulary, type AuditVocabulary, type ValueContext } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { KIND_LABELS, LANGUAGE_LABELS, MEASURE_LABELS, CHANNEL_LABELS, STATUS_LABELS, type Label } from './labels';
import { productsByIds } from './repo';

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return plainValue(null, ctx.lang);
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

const labels = (record: Record<string, Label>) => codeValue(record);

/** How the audit log names what the products module records. */
export const productsAuditVocabulary: AuditVocabulary = {
  actions: {
    'products.create': ['Thêm sản phẩm truyền thông', 'Added a communication product'],
    'products.edit': ['Sửa sản phẩm truyền thông (phiên bản mới)', 'Changed a communication product (new version)'],
    'products.publish': ['Đăng sản phẩm lên cổng thông tin', 'Published a product on the portal'],
    'products.withdraw': ['Gỡ sản phẩm khỏi cổng thông tin', 'Withdrew a product from the portal'],
    'products.language.add': ['Thêm bản ngôn ngữ khác', 'Added a language version'],
    'products.language.edit': ['Sửa bản ngôn ngữ khác', 'Changed a language version'],
    'products.reach': ['Ghi số liệu tiếp cận', 'Recorded reach'],
    'products.file': ['Đính kèm tệp', 'Attached a file'],
  },
  subjects: {
    product: {
      label: ['Sản phẩm truyền thông', 'Communication product'],
      names: async (db, ids) => new Map((await productsByIds(db, ids)).map((p) => [p.id, { name: `Số ${p.refNo} — ${p.title}`, href: `/office/products/${encodeURIComponent(p.id)}` }])),
      fields: {
        kind: { label: ['Loại', 'Kind'], value: labels(KIND_LABELS) },
        title: { label: ['Tên', 'Title'] },
        unitId: { label: ['Đơn vị thực hiện', 'Producing unit'], value: unitValue },
        status: { label: ['Tình trạng', 'Status'], value: labels(STATUS_LABELS) },
        version: { label: ['Phiên bản', 'Version'] },
        channels: { label: ['Kênh', 'Channels'] },
        lang: { label: ['Ngôn ngữ', 'Language'], value: labels(LANGUAGE_LABELS) },
        channel: { label: ['Kênh', 'Channel'], value: labels(CHANNEL_LABELS) },
        measure: { label: ['Chỉ số', 'Measure'], value: labels(MEASURE_LABELS) },
        value: { label: ['Số đo', 'Value'] },
        measuredOn: { label: ['Ngày đo', 'Measured on'] },
        reason: { label: ['Lý do', 'Reason'] },
        fileName: { label: ['Tệp', 'File'] },
        size: { label: ['Dung lượng (byte)', 'Size (bytes)'] },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(productsAuditVocabulary);
