import { codeValue, plainValue, registerAuditVocabulary, type AuditVocabulary, type ValueContext } from '../../platform/audit';
import { CHANNEL_LABELS } from '../../platform/channels';
import { getDirectory } from '../organisations';
import { LEVEL_LABELS } from './labels';
import { broadcastsByIds, focalPointsByIds, groupsByIds } from './repo';

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

async function groupValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  return (await groupsByIds(ctx.db, [value]))[0]?.name ?? plainValue(null, ctx.lang);
}


/** How the audit log names what the network module records. */
export const networkAuditVocabulary: AuditVocabulary = {
  actions: {
    'network.focalPoint.create': ['Thêm đầu mối truyền thông', 'Added a focal point'],
    'network.focalPoint.edit': ['Sửa thông tin đầu mối', 'Changed a focal point'],
    'network.focalPoint.end': ['Kết thúc đầu mối', 'Ended a focal point'],
    'network.group.create': ['Tạo nhóm đầu mối', 'Created a group'],
    'network.group.edit': ['Sửa nhóm đầu mối', 'Changed a group'],
    'network.group.members': ['Thay đổi thành viên nhóm', 'Changed the members of a group'],
    'network.broadcast.send': ['Gửi tin cho nhóm', 'Broadcast to a group'],
  },
  subjects: {
    network_focal_point: {
      label: ['Đầu mối truyền thông', 'Focal point'],
      names: async (db, ids) => new Map((await focalPointsByIds(db, ids)).map((f) => [f.id, { name: f.personName, href: `/office/network/focal-points/${encodeURIComponent(f.id)}` }])),
      fields: {
        unitId: { label: ['Đơn vị', 'Unit'], value: unitValue },
        level: { label: ['Cấp', 'Level'], value: codeValue(LEVEL_LABELS) },
        title: { label: ['Chức vụ', 'Title'] },
        hasEmail: { label: ['Có thư điện tử', 'Has an email'] },
        hasZalo: { label: ['Quan tâm Zalo OA', 'Follows the Zalo OA'] },
        zaloJoinedOn: { label: ['Ngày vào nhóm Zalo', 'Joined the Zalo group on'] },
        validFrom: { label: ['Từ ngày', 'From'] },
        validTo: { label: ['Đến ngày', 'To'] },
        endReason: { label: ['Lý do kết thúc', 'Reason for ending'] },
      },
    },
    network_group: {
      label: ['Nhóm đầu mối', 'Group'],
      names: async (db, ids) => new Map((await groupsByIds(db, ids)).map((g) => [g.id, { name: g.name, href: `/office/network/groups/${encodeURIComponent(g.id)}` }])),
      fields: {
        name: { label: ['Tên nhóm', 'Name'] },
        purpose: { label: ['Mục đích', 'Purpose'] },
        channels: { label: ['Kênh gửi tin', 'Channels'], value: codeValue(CHANNEL_LABELS) },
        zaloGroupName: { label: ['Tên nhóm Zalo', 'Zalo group name'] },
        zaloGroupLink: { label: ['Liên kết nhóm Zalo', 'Zalo group link'] },
        zaloGroupAdmin: { label: ['Quản trị nhóm Zalo', 'Zalo group admin'] },
        webhookUrl: { label: ['Địa chỉ webhook', 'Webhook address'] },
        added: { label: ['Số đầu mối thêm vào', 'Added'] },
        removed: { label: ['Số đầu mối bỏ ra', 'Removed'] },
      },
    },
    network_broadcast: {
      label: ['Tin gửi nhóm', 'Broadcast'],
      names: async (db, ids) => new Map((await broadcastsByIds(db, ids)).map((b) => [b.id, { name: `Tin số ${b.refNo} — ${b.subject}`, href: `/office/network/broadcasts/${encodeURIComponent(b.id)}` }])),
      fields: {
        groupId: { label: ['Nhóm', 'Group'], value: groupValue },
        subject: { label: ['Tiêu đề', 'Subject'] },
        link: { label: ['Liên kết', 'Link'] },
        recipients: { label: ['Số người nhận', 'Recipients'] },
        deliveries: { label: ['Số lượt gửi (người × kênh)', 'Deliveries'] },
        origin: { label: ['Nguồn', 'Origin'] },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(networkAuditVocabulary);
