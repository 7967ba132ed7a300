import { authorize } from '../../platform/auth';
import type { ActionContext } from '../../platform/context';
import { smtpFromEnv } from '../../platform/mail';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { findUserByUsername } from './repo';
import { countPlans, countUsersWithRole, unitsWithRoles } from './repo-setup';

/** One step of the administrator's first run. `count`/`total` feed the detail sentence where there is one. */
export interface ChecklistItem {
  key: 'admin-password' | 'directory' | 'coordinator' | 'unit-users' | 'plan' | 'public-url' | 'smtp' | 'audit-key';
  done: boolean;
  label: string;
  detail: string;
  /** The office page where the step is done. */
  link: string;
  count: number | null;
  total: number | null;
}

/**
 * What is left before the platform serves the province: each item computed from the database or the
 * configuration, never stored, so it is always current.
 */
export async function setupChecklist(ctx: ActionContext, env: NodeJS.ProcessEnv = process.env): Promise<ChecklistItem[]> {
  authorize(ctx.actor, 'users.write');
  const today = todayVn();
  const [admin, dir, coordinators, staffed, plans] = await Promise.all([
    findUserByUsername(ctx.db, 'admin'),
    getDirectory(ctx.db),
    countUsersWithRole(ctx.db, 'coordinator'),
    unitsWithRoles(ctx.db, ['officer', 'coordinator']),
    countPlans(ctx.db),
  ]);
  // the province's own units: the central bodies and the press in the directory hold no accounts here
  const units = dir.resolver.unitsAt(today).filter((u) => u.level !== 'central' && u.type !== 'bao_chi');
  const province = units.find((u) => u.type === 'ubnd_tinh');
  const staffedToday = units.filter((u) => staffed.has(u.id)).length;
  const hasSmtp = smtpFromEnv(env) !== null;
  const hasPublicUrl = Boolean(env.PUBLIC_URL) && !/^https?:\/\/(localhost|127\.|\[::1\])/i.test(env.PUBLIC_URL ?? '');
  const hasKey = Boolean(env.AUDIT_CHECKPOINT_KEY);
  const adminDone = !admin || !admin.mustChangePassword;
  return [
    {
      key: 'admin-password', done: adminDone, link: '/office/account', count: null, total: null,
      label: 'Đổi mật khẩu của tài khoản admin',
      detail: adminDone ? 'Tài khoản admin dùng mật khẩu riêng (đặt qua ADMIN_PASSWORD hoặc đã đổi), không phải mật khẩu tạm in ra lúc khởi động.' : 'Tài khoản admin vẫn dùng mật khẩu tạm in ra lúc khởi động lần đầu.',
    },
    {
      key: 'directory', done: Boolean(province) && units.length > 1, link: '/office/org', count: units.length, total: null,
      label: 'Nạp danh bạ tổ chức của tỉnh',
      detail: province ? `${units.length} đơn vị đang hoạt động hôm nay, đứng đầu là ${province.name}.` : 'Chưa có Ủy ban nhân dân tỉnh nào đang hoạt động hôm nay trong danh bạ.',
    },
    {
      key: 'coordinator', done: coordinators > 0, link: '/office/users', count: coordinators, total: null,
      label: 'Tạo ít nhất một tài khoản điều phối',
      detail: coordinators > 0 ? `${coordinators} tài khoản có vai trò Điều phối.` : 'Chưa có ai điều phối: không ai nhập được kế hoạch hay duyệt báo cáo ngoài quản trị viên.',
    },
    {
      key: 'unit-users', done: staffedToday > 0, link: '/office/users', count: staffedToday, total: units.length,
      label: 'Tạo tài khoản cán bộ cho các đơn vị',
      detail: `${staffedToday}/${units.length} đơn vị đang hoạt động có tài khoản cán bộ hoặc điều phối.`,
    },
    {
      key: 'plan', done: plans > 0, link: '/office/plans/import', count: plans, total: null,
      label: 'Nhập một kế hoạch',
      detail: plans > 0 ? `Đã nhập ${plans} kế hoạch.` : 'Chưa có kế hoạch nào.',
    },
    {
      // mails, posters and check-in links carry this address: left unset, they lead to http://localhost
      key: 'public-url', done: hasPublicUrl, link: '/office/mail', count: null, total: null,
      label: 'Đặt địa chỉ công khai của cổng (PUBLIC_URL)',
      detail: hasPublicUrl ? `Thư, áp phích và liên kết điểm danh dẫn tới ${env.PUBLIC_URL}.` : 'Chưa đặt PUBLIC_URL: liên kết trong thư, áp phích và mã điểm danh đang dẫn tới http://localhost, người nhận không mở được.',
    },
    {
      key: 'smtp', done: hasSmtp, link: '/office/mail', count: null, total: null,
      label: 'Cấu hình máy chủ gửi thư (SMTP)',
      detail: hasSmtp ? 'Thư được gửi qua máy chủ SMTP.' : 'Chưa cấu hình (SMTP_HOST): thư chỉ nằm trong mục "Thư đã gửi", không tới người nhận.',
    },
    {
      key: 'audit-key', done: hasKey, link: '/office/audit', count: null, total: null,
      label: 'Đặt khoá ký các mốc kiểm tra nhật ký',
      detail: hasKey ? 'Các mốc kiểm tra nhật ký được ký bằng khoá (AUDIT_CHECKPOINT_KEY).' : 'Chưa đặt AUDIT_CHECKPOINT_KEY: mốc kiểm tra nhật ký không được ký, ai sửa được tệp mốc có thể làm giả.',
    },
  ];
}
