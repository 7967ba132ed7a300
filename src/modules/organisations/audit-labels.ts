import { pick, plainValue, type AuditVocabulary, type FieldVocabulary, type ValueContext, registerAuditVocabulary } from '../../platform/audit';
import { getDirectory } from './directory';
import { personNamesByIds } from './repo-audit';

/** A unit id in words: the unit's name (each id is one unit in one period, so the name is the one of its time). */
export async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined || value === '') return '—';
  const dir = await getDirectory(ctx.db);
  const one = (id: unknown) => dir.unit(String(id))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
  return Array.isArray(value) ? value.map(one).join('; ') : one(value);
}

/** A count, or created/updated/unchanged counts of an import, in words. */
function countsValue(value: unknown, ctx: ValueContext): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const c = value as Record<string, unknown>;
    const words: [string, [string, string]][] = [['created', ['thêm mới', 'created']], ['updated', ['cập nhật', 'updated']], ['unchanged', ['giữ nguyên', 'unchanged']]];
    const parts = words.filter(([k]) => typeof c[k] === 'number').map(([k, l]) => `${plainValue(c[k], ctx.lang)} ${pick(l, ctx.lang)}`);
    if (parts.length) return parts.join(', ');
  }
  return plainValue(value, ctx.lang);
}

const count = (label: [string, string]): FieldVocabulary => ({ label, value: countsValue });

/** How the audit log names what the organisation directory records. */
export const organisationsAuditVocabulary: AuditVocabulary = {
  actions: {
    'org.load': ['Nạp danh mục tổ chức mẫu', 'Loaded the demo directory'],
    'org.import': ['Nhập danh mục tổ chức từ tệp', 'Imported the directory from a file'],
    'org.work-carrier.set': ['Quyết định đơn vị tiếp nhận công việc', 'Decided who carries a unit’s work'],
    'org.work-carrier.clear': ['Huỷ quyết định đơn vị tiếp nhận công việc', 'Withdrew a decision on who carries a unit’s work'],
    'person.create': ['Thêm cán bộ', 'Added a person'],
    'person.update': ['Sửa thông tin cán bộ', 'Edited a person'],
  },
  subjects: {
    org_tree: {
      label: ['Danh mục tổ chức', 'Organisation directory'],
      fixedName: { name: ['Danh mục tổ chức', 'Organisation directory'], href: '/office/org' },
      fields: {
        units: count(['Đơn vị', 'Units']),
        groups: count(['Nhóm đơn vị', 'Groups']),
        successions: count(['Kế thừa', 'Successions']),
        aliases: count(['Tên gọi khác', 'Other names']),
        files: { label: ['Tệp', 'Files'] },
      },
    },
    org_unit: {
      label: ['Đơn vị', 'Unit'],
      names: async (db, ids) => {
        const dir = await getDirectory(db);
        return new Map(ids.flatMap((id) => { const u = dir.unit(id); return u ? [[id, { name: u.name, href: `/office/org/${encodeURIComponent(id)}` }] as const] : []; }));
      },
      fields: {
        fromId: { label: ['Đơn vị', 'Unit'], value: unitValue },
        toId: { label: ['Đơn vị tiếp nhận', 'Receiving unit'], value: unitValue },
        toIds: { label: ['Đơn vị tiếp nhận', 'Receiving units'], value: unitValue },
        effectiveOn: { label: ['Ngày hiệu lực', 'Effective on'] },
        reason: { label: ['Lý do', 'Reason'] },
      },
    },
    person: {
      label: ['Cán bộ', 'Person'],
      names: async (db, ids) => new Map([...(await personNamesByIds(db, ids))].map(([id, name]) => [id, { name, href: '/office/people' }])),
      fields: {
        fullName: { label: ['Họ tên', 'Name'] },
        unitId: { label: ['Đơn vị', 'Unit'], value: unitValue },
        title: { label: ['Chức vụ', 'Title'] },
        email: { label: ['Email', 'Email'] },
        phone: { label: ['Điện thoại', 'Phone'] },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(organisationsAuditVocabulary);
