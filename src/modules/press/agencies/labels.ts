/** The kinds of press agency (Luật Báo chí 2016, Điều 4: báo in, báo điện tử, báo nói, báo hình; thông tấn; tạp chí). */
export const AGENCY_KINDS = ['print', 'online', 'radio', 'television', 'news_agency', 'magazine'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, [string, string]> = {
  print: ['Báo in', 'Print newspaper'],
  online: ['Báo điện tử', 'Online newspaper'],
  radio: ['Phát thanh', 'Radio'],
  television: ['Truyền hình', 'Television'],
  news_agency: ['Thông tấn', 'News agency'],
  magazine: ['Tạp chí', 'Magazine'],
};
