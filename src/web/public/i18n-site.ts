/**
 * Portal texts of the frame (header, navigation, footer), the home, organisation and error pages.
 * Vietnamese is the source: its keys define `SiteKey`, and English must give exactly the same keys.
 */
const vi = {
  'lang.name': 'Tiếng Việt',
  'site.province': 'Tỉnh {place}',
  'site.provinceUnknown': 'Tỉnh',
  'site.authority': 'Ủy ban nhân dân tỉnh {place}',
  'site.authorityUnknown': 'Ủy ban nhân dân tỉnh',
  'layout.title': '{title} — Đồng Thuận · {province}',
  'layout.description': 'Cổng truyền thông chính sách của {authority}.',
  'layout.skip': 'Bỏ qua, đến nội dung chính',
  'layout.site': 'Đồng Thuận — Cổng truyền thông chính sách {province}',
  'layout.footer': '{authority} · Nền tảng Đồng Thuận. Thông tin cá nhân của người dân không bao giờ được công khai trên cổng này.',
  'nav.label': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.consultations': 'Góp ý dự thảo',
  'nav.follow': 'Tra cứu ý kiến',
  'nav.org': 'Cơ quan, đơn vị',
  'nav.staff': 'Đăng nhập cán bộ',
  'home.title': 'Trang chủ',
  'home.heading': 'Cổng truyền thông chính sách {province}',
  'home.lead': 'Nơi {authority} công khai các chính sách đang được xây dựng, lắng nghe góp ý của người dân, doanh nghiệp và tổ chức, và trả lời từng ý kiến.',
  'home.unitsHeading': 'Cơ quan, đơn vị',
  'home.units': 'Tại {date}, tỉnh có {units} cơ quan, đơn vị trong danh bạ, trong đó {departments} sở, ban, ngành.',
  'home.org': '{link}, kể cả tại một ngày trong quá khứ (ví dụ trước khi hợp nhất tỉnh ngày 01/7/2025).',
  'home.orgLink': 'Xem cơ cấu tổ chức',
  'org.title': 'Cơ quan, đơn vị',
  'org.dateLabel': 'Xem tại ngày',
  'org.submit': 'Xem',
  'org.count': '{count} cơ quan, đơn vị tại {date}.',
  'org.dateError': 'Ngày "{date}" không hợp lệ; đang hiển thị cơ cấu tại hôm nay.',
  'error.title': 'Lỗi {status}',
  'error.notFound': 'Không tìm thấy trang',
  'error.generic': 'Có lỗi xảy ra',
  'error.home': 'Về trang chủ',
};

/** The keys of the frame, home, organisation and error pages. */
export type SiteKey = keyof typeof vi;

const en: Record<SiteKey, string> = {
  'lang.name': 'English',
  'site.province': '{place} Province',
  'site.provinceUnknown': 'the province',
  'site.authority': "People's Committee of {place} Province",
  'site.authorityUnknown': "Provincial People's Committee",
  'layout.title': '{title} — Đồng Thuận · {province}',
  'layout.description': 'Policy communication portal of the {authority}.',
  'layout.skip': 'Skip to main content',
  'layout.site': 'Đồng Thuận — Policy communication portal of {province}',
  'layout.footer': '{authority} · Đồng Thuận platform. Personal data of citizens is never made public on this portal.',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.consultations': 'Comment on drafts',
  'nav.follow': 'Follow a comment',
  'nav.org': 'Agencies and units',
  'nav.staff': 'Staff sign-in',
  'home.title': 'Home',
  'home.heading': 'Policy communication portal of {province}',
  'home.lead': 'Where the {authority} publishes the policies it is drafting, listens to comments from citizens, businesses and organisations, and answers each of them.',
  'home.unitsHeading': 'Agencies and units',
  'home.units': 'As of {date}, the directory lists {units} agencies and units of the province, {departments} of them provincial departments, boards and offices.',
  'home.org': '{link}, also as of a past date (for example before the provinces merged on 1 July 2025).',
  'home.orgLink': 'See the organisation structure',
  'org.title': 'Agencies and units',
  'org.dateLabel': 'As of date',
  'org.submit': 'Show',
  'org.count': '{count} agencies and units as of {date}.',
  'org.dateError': 'The date "{date}" is not valid; showing the structure as of today.',
  'error.title': 'Error {status}',
  'error.notFound': 'Page not found',
  'error.generic': 'Something went wrong',
  'error.home': 'Back to the home page',
};

/** Both dictionaries of the frame and the general pages. */
export const siteTexts = { vi, en };
