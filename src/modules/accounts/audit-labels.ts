import { codeValue, countValue, type AuditVocabulary, type Label, type ValueContext, registerAuditVocabulary } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { userNamesByIds } from './repo-audit';

const ROLE_LABELS: Record<string, Label> = {
  administrator: ['Quản trị hệ thống', 'Administrator'],
  coordinator: ['Điều phối', 'Coordinator'],
  officer: ['Cán bộ', 'Officer'],
  approver: ['Người phê duyệt', 'Approver'],
  press: ['Báo chí', 'Press'],
  viewer: ['Người xem', 'Viewer'],
};

/** Role grants as "Cán bộ — Sở Tư pháp tỉnh Yên Bái", one per grant. */
async function rolesValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (!Array.isArray(value) || value.length === 0) return ctx.lang === 'en' ? 'none' : 'không có';
  const dir = await getDirectory(ctx.db);
  const role = codeValue(ROLE_LABELS);
  return value
    .map((g: { role?: unknown; unitId?: unknown }) => `${role(g.role, ctx)} — ${dir.unit(String(g.unitId))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ')}`)
    .join('; ');
}

const sessions = countValue(['phiên', 'sessions']);

/** How the audit log names what the accounts module records. */
export const accountsAuditVocabulary: AuditVocabulary = {
  actions: {
    'session.sign-in': ['Đăng nhập', 'Signed in'],
    'session.sign-in-failed': ['Đăng nhập không thành công', 'Failed sign-in'],
    'session.sign-out': ['Đăng xuất', 'Signed out'],
    'user.create': ['Tạo tài khoản', 'Created an account'],
    'user.update': ['Sửa tài khoản', 'Edited an account'],
    'user.disable': ['Khoá tài khoản', 'Disabled an account'],
    'user.enable': ['Mở khoá tài khoản', 'Enabled an account'],
    'user.roles': ['Đổi vai trò', 'Changed roles'],
    'user.reset-password': ['Đặt lại mật khẩu', 'Reset a password'],
    'user.change-password': ['Đổi mật khẩu', 'Changed own password'],
    'user.password-reset-mailed': ['Gửi thư đặt lại mật khẩu', 'Mailed a password reset link'],
    'user.password-reset-by-mail': ['Đặt lại mật khẩu qua thư', 'Reset a password from the mailed link'],
  },
  subjects: {
    user: {
      label: ['Tài khoản', 'Account'],
      names: async (db, ids) => new Map([...(await userNamesByIds(db, ids))].map(([id, u]) => [id, { name: `${u.name} (${u.username})`, href: '/office/users' }])),
      handles: async (db, ids) => new Map([...(await userNamesByIds(db, ids))].map(([id, u]) => [id, u.username])),
      fields: {
        username: { label: ['Tên đăng nhập', 'User name'] },
        displayName: { label: ['Họ tên', 'Name'] },
        email: { label: ['Email', 'Email'] },
        isDisabled: { label: ['Bị khoá', 'Disabled'] },
        mustChangePassword: { label: ['Phải đổi mật khẩu', 'Must change password'] },
        roles: { label: ['Vai trò', 'Roles'], value: rolesValue },
        added: { label: ['Vai trò thêm', 'Roles added'], value: rolesValue },
        removed: { label: ['Vai trò bỏ', 'Roles removed'], value: rolesValue },
        linksSpent: { label: ['Liên kết đặt lại đã dùng hoặc huỷ', 'Reset links used or cancelled'] },
        sessionsEnded: { label: ['Phiên đăng nhập đã kết thúc', 'Sessions ended'], value: sessions },
        otherSessionsEnded: { label: ['Phiên khác đã kết thúc', 'Other sessions ended'], value: sessions },
        ip: { label: ['Địa chỉ IP', 'IP address'] },
        reason: { label: ['Lý do', 'Reason'], value: codeValue({ 'bad-credentials': ['Sai tên đăng nhập hoặc mật khẩu', 'Wrong user name or password'], disabled: ['Tài khoản đang bị khoá', 'The account is disabled'] }) },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(accountsAuditVocabulary);
