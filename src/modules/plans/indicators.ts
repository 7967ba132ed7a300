/** The quantitative indicators a unit reports (DOMAIN.md §8.2), with the KH 14 task each one serves. */
export interface Indicator {
  code: string;
  label: string;
  unit: string;
  /** True when the indicator counts things (documents, people, …) and so takes only whole numbers. */
  whole: boolean;
}

export const INDICATORS: readonly Indicator[] = [
  { code: 'I-01', label: 'Văn bản chỉ đạo, hướng dẫn đã ban hành', unit: 'văn bản', whole: true },
  { code: 'I-02', label: 'Dự thảo chính sách có tác động lớn đã được truyền thông', unit: 'dự thảo', whole: true },
  { code: 'I-03', label: 'Dự thảo đăng tải lấy ý kiến trên cổng thông tin', unit: 'dự thảo', whole: true },
  { code: 'I-04', label: 'Ý kiến góp ý đã tiếp nhận', unit: 'ý kiến', whole: true },
  { code: 'I-05', label: 'Hoạt động phản biện xã hội', unit: 'hoạt động', whole: true },
  { code: 'I-06', label: 'Sản phẩm truyền thông (tin, bài, phóng sự, infographic, video)', unit: 'sản phẩm', whole: true },
  { code: 'I-07', label: 'Cuộc họp báo', unit: 'cuộc', whole: true },
  { code: 'I-08', label: 'Thông cáo, cung cấp thông tin cho báo chí', unit: 'lần', whole: true },
  { code: 'I-09', label: 'Hợp đồng đặt hàng báo chí', unit: 'hợp đồng', whole: true },
  { code: 'I-10', label: 'Tin xấu, độc, sai sự thật được phát hiện và xử lý', unit: 'tin', whole: true },
  { code: 'I-11', label: 'Sự cố, khủng hoảng truyền thông đã xử lý', unit: 'vụ', whole: true },
  { code: 'I-12', label: 'Cán bộ đầu mối truyền thông chính sách', unit: 'người', whole: true },
  { code: 'I-13', label: 'Lượt cán bộ được tập huấn, bồi dưỡng', unit: 'lượt', whole: true },
  { code: 'I-14', label: 'Kinh phí đã chi cho truyền thông chính sách', unit: 'triệu đồng', whole: false },
  { code: 'I-15', label: 'Yêu cầu cung cấp thông tin của công dân đã trả lời', unit: 'yêu cầu', whole: true },
  { code: 'I-16', label: 'Yêu cầu về dữ liệu cá nhân đã xử lý', unit: 'yêu cầu', whole: true },
];

export const INDICATOR_CODES = new Set(INDICATORS.map((i) => i.code));

const BY_CODE = new Map(INDICATORS.map((i) => [i.code, i]));

/** "Cuộc họp báo: 2 cuộc" for an indicator value; an unknown code reads as "Chỉ tiêu khác". */
export function indicatorText(code: string, value: number): string {
  const i = BY_CODE.get(code);
  return i ? `${i.label}: ${value.toLocaleString('vi-VN')} ${i.unit}` : `Chỉ tiêu khác: ${value.toLocaleString('vi-VN')}`;
}
