import { codeValue, countValue, type AuditVocabulary, type ValueContext, registerAuditVocabulary } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { DOC_TYPE_LABELS, STAGE_LABELS } from './labels';
import { draftTitlesByIds } from './repo-audit';

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

/** How the audit log names what the policies module records. */
export const policiesAuditVocabulary: AuditVocabulary = {
  actions: {
    'policy.create': ['Tạo dự thảo', 'Registered a draft'],
    'policy.update': ['Sửa thông tin dự thảo', 'Edited a draft'],
    'policy.stage': ['Chuyển giai đoạn dự thảo', 'Moved a draft to another stage'],
    'policy.kit': ['Lưu tài liệu truyền thông', 'Saved the communication kit'],
    'policy.version': ['Tải lên phiên bản dự thảo', 'Uploaded a version'],
    'policy.version.links': ['Liên kết điều sửa đổi với ý kiến', 'Linked changed articles to comments'],
  },
  subjects: {
    policy_draft: {
      label: ['Dự thảo', 'Draft'],
      names: async (db, ids) => new Map([...(await draftTitlesByIds(db, ids))].map(([id, title]) => [id, { name: title, href: `/office/policies/${encodeURIComponent(id)}` }])),
      fields: {
        title: { label: ['Tên dự thảo', 'Title'] },
        summary: { label: ['Tóm tắt', 'Summary'] },
        docType: { label: ['Loại văn bản', 'Document type'], value: codeValue(DOC_TYPE_LABELS) },
        draftingUnitId: { label: ['Cơ quan soạn thảo', 'Drafting unit'], value: unitValue },
        stage: { label: ['Giai đoạn', 'Stage'], value: codeValue(STAGE_LABELS) },
        note: { label: ['Ghi chú', 'Note'] },
        isPublished: { label: ['Công bố trên cổng', 'Published on the portal'] },
        questions: { label: ['Số câu hỏi lấy ý kiến', 'Open questions'] },
        qa: { label: ['Số câu hỏi đáp', 'Questions and answers'] },
        versionNo: { label: ['Phiên bản số', 'Version'] },
        fileName: { label: ['Tệp', 'File'] },
        articles: { label: ['Số điều', 'Articles'] },
        links: { label: ['Liên kết với ý kiến', 'Links to comments'], value: countValue(['liên kết', 'links']) },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(policiesAuditVocabulary);
