import { codeValue, registerAuditVocabulary, type AuditVocabulary, type ValueContext } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { ACTIVITY_KIND_LABELS, AUDIENCE_LABELS, CAMPAIGN_STATUS_LABELS } from './labels';
import { campaignsByIds } from './repo';

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

/** How the audit log names what the awareness module records. */
export const awarenessAuditVocabulary: AuditVocabulary = {
  actions: {
    'awareness.campaign.create': ['Tạo chiến dịch nâng cao nhận thức', 'Created an awareness campaign'],
    'awareness.campaign.edit': ['Sửa chiến dịch nâng cao nhận thức', 'Changed an awareness campaign'],
    'awareness.activity.add': ['Thêm hoạt động của chiến dịch', 'Added a campaign activity'],
    'awareness.activity.edit': ['Sửa hoạt động của chiến dịch', 'Changed a campaign activity'],
  },
  subjects: {
    awareness_campaign: {
      label: ['Chiến dịch nâng cao nhận thức', 'Awareness campaign'],
      names: async (db, ids) => new Map((await campaignsByIds(db, ids)).map((c) => [c.id, { name: c.title, href: `/office/awareness/campaigns/${encodeURIComponent(c.id)}` }])),
      fields: {
        title: { label: ['Tên chiến dịch', 'Title'] },
        audiences: { label: ['Đối tượng', 'Audience'], value: async (v, ctx) => (Array.isArray(v) ? v.map((x) => AUDIENCE_LABELS[x as keyof typeof AUDIENCE_LABELS]?.[ctx.lang === 'en' ? 1 : 0] ?? String(x)).join('; ') : '—') },
        policyId: { label: ['Chính sách liên quan', 'Policy'], value: async (v) => (v ? 'có liên kết' : '—') },
        startsOn: { label: ['Từ ngày', 'From'] },
        endsOn: { label: ['Đến ngày', 'To'] },
        organiserUnitId: { label: ['Đơn vị tổ chức', 'Organiser'], value: unitValue },
        status: { label: ['Trạng thái', 'Status'], value: codeValue(CAMPAIGN_STATUS_LABELS) },
        kind: { label: ['Hình thức', 'Kind'], value: codeValue(ACTIVITY_KIND_LABELS) },
        heldOn: { label: ['Ngày tổ chức', 'Held on'] },
        reachOfficials: { label: ['Cán bộ, công chức được tiếp cận', 'Officials reached'] },
        reachCitizens: { label: ['Người dân được tiếp cận', 'Citizens reached'] },
        reachBusinesses: { label: ['Doanh nghiệp được tiếp cận', 'Businesses reached'] },
      },
    },
  },
};

registerAuditVocabulary(awarenessAuditVocabulary);
