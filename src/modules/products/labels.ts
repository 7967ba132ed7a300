/** The product kinds (issue 15 item 5), labelled in Vietnamese then English. */
export const KINDS = ['infographic', 'video', 'article', 'report', 'radio_spot', 'tv_programme', 'print', 'loudspeaker_script'] as const;
export type ProductKind = (typeof KINDS)[number];
export type Label = readonly [vi: string, en: string];

export const KIND_LABELS: Record<ProductKind, Label> = {
  infographic: ['Infographic', 'Infographic'],
  video: ['Video', 'Video'],
  article: ['Tin, bài', 'News item or article'],
  report: ['Phóng sự', 'Feature report'],
  radio_spot: ['Tiểu phẩm, thông điệp phát thanh', 'Radio spot'],
  tv_programme: ['Chương trình truyền hình', 'TV programme'],
  print: ['Tờ rơi, áp phích', 'Leaflet or poster'],
  loudspeaker_script: ['Kịch bản truyền thanh cơ sở', 'Loudspeaker script'],
};

/** The channels of CT 07 and DOMAIN.md §8.2 I-06. */
export const CHANNELS = ['portal', 'press', 'broadcast', 'social', 'loudspeaker', 'direct'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, Label> = {
  portal: ['Cổng thông tin điện tử', 'Portal'],
  press: ['Báo chí', 'Press'],
  broadcast: ['Phát thanh, truyền hình', 'Radio and television'],
  social: ['Mạng xã hội chính thức', 'Official social media'],
  loudspeaker: ['Loa truyền thanh cơ sở', 'Grassroots loudspeakers'],
  direct: ['Truyền thông trực tiếp', 'In person'],
};

export const MEASURES = ['views', 'listeners', 'copies'] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABELS: Record<Measure, Label> = {
  views: ['Lượt xem', 'Views'],
  listeners: ['Lượt nghe', 'Listeners'],
  copies: ['Số bản phát hành', 'Copies'],
};

export const STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type ProductStatus = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<ProductStatus, Label> = {
  draft: ['Đang soạn', 'Draft'],
  published: ['Đã đăng', 'Published'],
  withdrawn: ['Đã gỡ', 'Withdrawn'],
};

/**
 * The languages a product can be translated into (plan item IV.3: English for foreigners and Vietnamese abroad;
 * the ethnic-minority languages of Lào Cai / Yên Bái). Codes are ISO 639-3 (valid BCP 47 primary subtags), so the
 * portal's `lang` attribute is right: hmn is the Hmong macrolanguage, hnj Hmong Njua (H'Mông Xanh), mww Hmong Daw
 * (H'Mông Trắng), ium Iu Mien (the Dao language), tyz Tày, blt Tai Dam (Thái Đen), twh Tai Dón (Thái Trắng), pcc
 * Bouyei (Ethnologue lists Giáy in Vietnam under it), nut Nung (Vietnam), hni Hani (Hà Nhì).
 */
export const LANGUAGES = ['en', 'hmn', 'hnj', 'mww', 'ium', 'tyz', 'blt', 'twh', 'pcc', 'nut', 'hni'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];
export const LANGUAGE_LABELS: Record<LanguageCode, Label> = {
  en: ['Tiếng Anh', 'English'],
  hmn: ['Tiếng H’Mông', 'Hmong'],
  hnj: ['Tiếng H’Mông Xanh (Njua)', 'Hmong Njua'],
  mww: ['Tiếng H’Mông Trắng (Đơ)', 'Hmong Daw'],
  ium: ['Tiếng Dao (Iu Miền)', 'Iu Mien (Dao)'],
  tyz: ['Tiếng Tày', 'Tày'],
  blt: ['Tiếng Thái Đen', 'Tai Dam'],
  twh: ['Tiếng Thái Trắng', 'Tai Dón'],
  pcc: ['Tiếng Giáy', 'Giáy'],
  nut: ['Tiếng Nùng', 'Nùng'],
  hni: ['Tiếng Hà Nhì', 'Hani'],
};
/** The name of each language in itself where it is settled (shown next to the link on the portal). */
export const isLanguage = (code: string): code is LanguageCode => (LANGUAGES as readonly string[]).includes(code);

/** The plain-language summary a published product must carry, at most this long (readable aloud in about a minute). */
export const SUMMARY_MAX = 600;
/**
 * Reading speed of a Vietnamese loudspeaker announcer, in words (syllables) per minute. A broadcasting convention,
 * not a legal rule, so it is not in legal_rules.
 */
export const WORDS_PER_MINUTE = 150;
