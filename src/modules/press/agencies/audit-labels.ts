import { codeValue, registerAuditVocabulary, type AuditVocabulary, type ValueContext } from '../../../platform/audit';
import { getDirectory } from '../../organisations';
import { AGENCY_KIND_LABELS } from './labels';
import { agenciesByIds } from './repo';

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

/** How the audit log names the changes to the press agencies directory. */
export const pressAgencyAuditVocabulary: AuditVocabulary = {
  actions: {
    'press.agency.create': ['Thêm cơ quan báo chí', 'Added a press agency'],
    'press.agency.edit': ['Sửa thông tin cơ quan báo chí', 'Changed a press agency'],
    'press.agency.end': ['Đưa cơ quan báo chí ra khỏi danh mục', 'Ended a press agency'],
  },
  subjects: {
    press_agency: {
      label: ['Cơ quan báo chí', 'Press agency'],
      names: async (db, ids) => new Map((await agenciesByIds(db, ids)).map((a) => [a.id, { name: a.name, href: `/office/press/agencies/${encodeURIComponent(a.id)}` }])),
      fields: {
        name: { label: ['Tên', 'Name'] },
        kind: { label: ['Loại hình', 'Kind'], value: codeValue(AGENCY_KIND_LABELS) },
        licenceNo: { label: ['Số giấy phép', 'Licence number'] },
        licenceDate: { label: ['Ngày cấp giấy phép', 'Licence date'] },
        headOffice: { label: ['Trụ sở', 'Head office'] },
        emails: { label: ['Thư điện tử nhận giấy mời', 'Invitation email'] },
        phone: { label: ['Điện thoại', 'Phone'] },
        orgUnitId: { label: ['Đơn vị trong danh mục tổ chức', 'Organisation unit'], value: unitValue },
        validFrom: { label: ['Từ ngày', 'From'] },
        validTo: { label: ['Đến ngày', 'To'] },
        note: { label: ['Ghi chú', 'Note'] },
        endReason: { label: ['Lý do kết thúc', 'Reason for ending'] },
      },
    },
  },
};

// registered when the module's door is imported, like the press module's own vocabulary
registerAuditVocabulary(pressAgencyAuditVocabulary);
