/** Words the office, mails and documents show for the monitoring module's codes (never the codes themselves). */
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof SENTIMENTS)[number];
export const SENTIMENT_LABELS: Record<SentimentLabel, [string, string]> = {
  positive: ['Tích cực', 'Positive'],
  neutral: ['Trung tính', 'Neutral'],
  negative: ['Tiêu cực', 'Negative'],
};

export const SOURCE_KINDS = ['feed', 'sitemap', 'page', 'import'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, [string, string]> = {
  feed: ['Kênh tin (RSS, Atom, JSON Feed)', 'Feed (RSS, Atom, JSON Feed)'],
  sitemap: ['Sơ đồ trang (sitemap)', 'Sitemap'],
  page: ['Một trang web', 'A web page'],
  import: ['Tệp xuất từ mạng xã hội', 'Social-media export files'],
};

export const WATCHLIST_KINDS = ['place', 'leader', 'agency', 'policy', 'query'] as const;
export type WatchlistKind = (typeof WATCHLIST_KINDS)[number];
export const WATCHLIST_KIND_LABELS: Record<WatchlistKind, [string, string]> = {
  place: ['Địa danh', 'Places'],
  leader: ['Lãnh đạo', 'Leaders'],
  agency: ['Cơ quan', 'Agencies'],
  policy: ['Chính sách', 'Policies'],
  query: ['Truy vấn đã lưu', 'Saved query'],
};

export const PLATFORMS = ['news', 'facebook', 'youtube', 'tiktok', 'zalo', 'forum', 'other'] as const;
export const PLATFORM_LABELS: Record<string, [string, string]> = {
  news: ['Báo điện tử', 'News site'],
  facebook: ['Facebook', 'Facebook'],
  youtube: ['YouTube', 'YouTube'],
  tiktok: ['TikTok', 'TikTok'],
  zalo: ['Zalo', 'Zalo'],
  forum: ['Diễn đàn', 'Forum'],
  other: ['Khác', 'Other'],
};

export const IMPORT_STATUSES = ['mapping', 'waiting', 'running', 'done', 'refused', 'failed'] as const;
export const IMPORT_STATUS_LABELS: Record<string, [string, string]> = {
  mapping: ['Chờ ghép cột', 'Waiting for the column mapping'],
  waiting: ['Đang chờ nhập', 'Waiting'],
  running: ['Đang nhập', 'Importing'],
  done: ['Đã nhập xong', 'Done'],
  refused: ['Bị từ chối', 'Refused'],
  failed: ['Lỗi', 'Failed'],
};

/** The fields an import maps columns to; `text` is required, the others optional. */
export const IMPORT_FIELDS = ['text', 'url', 'author', 'platform', 'publishedAt', 'reach', 'engagement', 'title', 'id'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const IMPORT_FIELD_LABELS: Record<ImportField, [string, string]> = {
  text: ['Nội dung', 'Text'],
  url: ['Đường dẫn', 'Link'],
  author: ['Tác giả', 'Author'],
  platform: ['Nền tảng', 'Platform'],
  publishedAt: ['Thời gian đăng', 'Published at'],
  reach: ['Lượt tiếp cận', 'Reach'],
  engagement: ['Lượt tương tác', 'Engagement'],
  title: ['Tiêu đề', 'Title'],
  id: ['Mã bài trên nền tảng', 'Post id on the platform'],
};
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['text'];
