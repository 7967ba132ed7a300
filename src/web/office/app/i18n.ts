/**
 * Interface texts of the back office. Vietnamese is the first language; English the second. Each entry is
 * [vi, en]; `{name}` placeholders are filled by `translate`.
 *
 * One catalogue per feature (`features/<module>/i18n.ts`) and this one for the shell (header, sign-in, common
 * words). The shell's texts are in the first download; the features' come with the first page that needs them
 * (`catalogues.ts`, loaded by route-tree.tsx), so the sign-in page stays light. `i18n.test.ts` checks that every
 * key has both languages and that no key is defined twice.
 */
import type { accountEntries } from '../features/accounts/i18n';
import type { confirmationEntries } from '../features/consultation/i18n-confirmation';
import type { signalEntries } from '../features/consultation/i18n-signals';
import type { consultationEntries } from '../features/consultation/i18n';
import type { notificationEntries } from '../features/notifications/i18n';
import type { organisationEntries } from '../features/organisations/i18n';
import type { planViewEntries } from '../features/plans/i18n-plan-view';
import type { planEntries } from '../features/plans/i18n';
import type { policyEntries } from '../features/policies/i18n';
import type { monitoringEntries } from '../features/monitoring/i18n';
import type { monitoringResponseEntries } from '../features/monitoring-response/i18n';
import type { pressEntries } from '../features/press/i18n';
import type { pressConferenceEntries } from '../features/press-conferences/i18n';
import type { networkEntries } from '../features/network/i18n';
import type { crisesEntries } from '../features/crises/i18n';
import type { commissionEntries } from '../features/commissions/i18n';
import type { productEntries } from '../features/products/i18n';
import type { trainingEntries } from '../features/training/i18n';
import type { awarenessEntries } from '../features/awareness/i18n';

/** The texts of the shell: header, navigation, sign-in, session, dates and the words every page uses. */
export const shellEntries = {
  'app.name': ['Đồng Thuận', 'Đồng Thuận'],
  'app.tagline': ['Trang quản trị', 'Back office'],
  'app.skip': ['Bỏ qua, đến nội dung chính', 'Skip to main content'],
  'nav.label': ['Điều hướng chính', 'Main navigation'],
  'nav.home': ['Trang chủ', 'Home'],
  'nav.org': ['Cơ cấu tổ chức', 'Organisation'],
  'nav.people': ['Danh bạ cán bộ', 'People'],
  'nav.users': ['Người dùng', 'Users'],
  'nav.audit': ['Nhật ký hệ thống', 'Audit log'],
  'nav.account': ['Tài khoản của tôi', 'My account'],
  'lang.label': ['Ngôn ngữ', 'Language'],
  'header.user': ['Người dùng đang đăng nhập', 'Signed-in user'],
  'signOut': ['Đăng xuất', 'Sign out'],

  'common.loading': ['Đang tải dữ liệu…', 'Loading…'],
  'common.retry': ['Thử lại', 'Try again'],
  'common.empty': ['Chưa có dữ liệu', 'No data yet'],
  'common.loadError': ['Không tải được dữ liệu.', 'The data could not be loaded.'],
  'common.network': ['Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.', 'Cannot reach the server. Check your connection and try again.'],
  'common.serverError': ['Máy chủ gặp lỗi ({status}). Vui lòng thử lại sau.', 'The server returned an error ({status}). Please try again later.'],
  'common.unexpected': ['Đã xảy ra lỗi không mong muốn.', 'An unexpected error occurred.'],
  'common.required': ['(bắt buộc)', '(required)'],
  'common.cancel': ['Huỷ', 'Cancel'],
  'common.confirm': ['Xác nhận', 'Confirm'],
  'common.saving': ['Đang lưu…', 'Saving…'],
  'common.checkFields': ['Vui lòng kiểm tra lại các thông tin đã nhập.', 'Please check the information you entered.'],
  'common.previous': ['Trang trước', 'Previous page'],
  'common.next': ['Trang sau', 'Next page'],
  'common.range': ['Hiển thị {from}–{to} trên tổng số {total}', 'Showing {from}–{to} of {total}'],
  'common.paging': ['Phân trang', 'Paging'],
  'common.dash': ['—', '—'],
  'date.invalid': ['Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 17/01/2024.', 'Not a valid date. Type it as day/month/year, e.g. 17/01/2024.'],
  'date.tooEarly': ['Ngày phải từ {date} trở đi.', 'The date must be {date} or later.'],
  'date.tooLate': ['Ngày phải đến {date} là muộn nhất.', 'The date must be {date} or earlier.'],
  'date.format': ['Nhập ngày theo dạng ngày/tháng/năm, ví dụ 17/01/2024.', 'Type the date as day/month/year, e.g. 17/01/2024.'],
  'dateTime.date': ['Ngày', 'Date'],
  'dateTime.time': ['Giờ', 'Time'],
  'dateTime.timeFormat': ['Giờ:phút theo 24 giờ, ví dụ 14:30.', 'Hours:minutes on the 24-hour clock, e.g. 14:30.'],
  'dateTime.timeInvalid': ['Giờ không hợp lệ. Nhập giờ:phút theo 24 giờ, ví dụ 14:30.', 'Not a valid time. Type hours:minutes on the 24-hour clock, e.g. 14:30.'],
  'common.unitPlaceholder': ['— Chọn đơn vị —', '— Choose a unit —'],
  'common.unitsLoading': ['Đang tải danh sách đơn vị…', 'Loading units…'],
  'common.unitsError': ['Không tải được danh sách đơn vị.', 'The list of units could not be loaded.'],

  'session.expired': ['Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.', 'Your session has expired. Please sign in again.'],
  'session.mustChange': ['Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu.', 'You are using a temporary password. Please change it.'],
  'session.mustChangeLink': ['Đổi mật khẩu ngay', 'Change password now'],
  'session.signedOut': ['Bạn đã đăng xuất.', 'You have signed out.'],

  'signIn.title': ['Đăng nhập', 'Sign in'],
  'signIn.intro': ['Dành cho cán bộ được cấp tài khoản trên hệ thống Đồng Thuận.', 'For officers with an Đồng Thuận account.'],
  'signIn.username': ['Tên đăng nhập', 'Username'],
  'signIn.password': ['Mật khẩu', 'Password'],
  'signIn.submit': ['Đăng nhập', 'Sign in'],
  'signIn.missing': ['Vui lòng nhập tên đăng nhập và mật khẩu.', 'Please enter your username and password.'],

  'forbidden.title': ['Không có quyền truy cập', 'Access denied'],
  'forbidden.body': ['Tài khoản của bạn không được phép xem trang này.', 'Your account may not open this page.'],
  'error.title': ['Trang gặp lỗi', 'This page failed'],
  'error.body': ['Đã xảy ra lỗi khi hiển thị trang này. Bấm «Thử lại»; nếu lỗi lặp lại, hãy báo quản trị viên thời điểm xảy ra.', 'Something failed while showing this page. Press “Try again”; if it happens again, tell the administrator when it happened.'],
  'notFound.title': ['Không tìm thấy trang', 'Page not found'],
  'notFound.body': ['Địa chỉ này không tồn tại trong trang quản trị.', 'This address does not exist in the back office.'],
  'session.mustChangeOnly': ['Mật khẩu này do quản trị viên đặt. Hãy chọn mật khẩu của riêng bạn ở dưới; sau đó mọi chức năng sẽ mở lại.', 'An administrator set this password. Choose your own below; everything else opens again afterwards.'],
  'signIn.forgot': ['Quên mật khẩu?', 'Forgot your password?'],
  'nav.notifications': ['Thông báo', 'Notifications'],
  'bell.label': ['Thông báo', 'Notifications'],
  'bell.unreadDetail': [': {count} chưa đọc', ': {count} unread'],
  'bell.noneDetail': [': không có thông báo mới', ': nothing new'],
  'nav.plans': ['Kế hoạch', 'Plans'],
  'nav.tasks': ['Nhiệm vụ của đơn vị', 'Unit tasks'],
  'common.percent': ['{value}%', '{value}%'],
  'common.kb': ['{size} KB', '{size} KB'],
  'common.mb': ['{size} MB', '{size} MB'],
  'nav.policies': ['Dự thảo chính sách', 'Draft policies'],
  'nav.mail': ['Thư đã gửi', 'Sent mail'],
  // the navigation is drawn before the features' texts arrive (a page refused to a role shows at once)
  'nav.monitoring': ['Theo dõi dư luận', 'Media monitoring'],
  'nav.press': ['Báo chí, yêu cầu thông tin', 'Press and information requests'],
  'nav.pressConferences': ['Họp báo', 'Press conferences'],
  'nav.network': ['Mạng lưới đầu mối truyền thông', 'Focal-point network'],
  'nav.crises': ['Sự cố truyền thông', 'Communication crises'],
  'nav.commissions': ['Đặt hàng báo chí', 'Press commissions'],
  'nav.products': ['Sản phẩm truyền thông', 'Communication products'],
  'nav.training': ['Tập huấn, bồi dưỡng', 'Training'],
  'nav.awareness': ['Nâng cao nhận thức', 'Awareness campaigns'],
} as const satisfies Record<string, readonly [string, string]>;

/** A catalogue: key → [Vietnamese, English]. */
export type Catalogue = Record<string, readonly [string, string]>;

type AllEntries = typeof shellEntries &
  typeof accountEntries &
  typeof organisationEntries &
  typeof planEntries &
  typeof planViewEntries &
  typeof policyEntries &
  typeof consultationEntries &
  typeof confirmationEntries &
  typeof signalEntries &
  typeof monitoringEntries &
  typeof notificationEntries &
  typeof monitoringResponseEntries &
  typeof commissionEntries &
  typeof pressEntries &
  typeof pressConferenceEntries &
  typeof networkEntries &
  typeof crisesEntries &
  typeof productEntries &
  typeof trainingEntries &
  typeof awarenessEntries;

/** Supported interface languages. */
export type Lang = 'vi' | 'en';
/** Key of an interface text. */
export type MessageKey = keyof AllEntries & string;
/** Values substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;
/** Translation function handed to components. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const dictionary = new Map<string, readonly [string, string]>(Object.entries(shellEntries));

/** Adds a feature's catalogue to the dictionary (catalogues.ts does it for every feature). */
export function registerCatalogue(entries: Catalogue): void {
  for (const [key, value] of Object.entries(entries)) dictionary.set(key, value);
}

/** Returns the text for a key in a language with `{name}` placeholders filled in (the key itself when unknown). */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const entry = dictionary.get(key);
  const text = entry ? entry[lang === 'vi' ? 0 : 1] : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Tells whether a string is a known message key (used for server-provided codes like succession kinds). */
export function isMessageKey(key: string): key is MessageKey {
  return dictionary.has(key);
}
