/** Vietnamese labels of consultation values, shared by the portal, the office and the documents. */
export const COMMENTER_TYPE_LABELS: Record<string, string> = { citizen: 'Người dân', business: 'Doanh nghiệp', organisation: 'Tổ chức', agency: 'Cơ quan nhà nước' };
export const STANCE_LABELS: Record<string, string> = { agree: 'Đồng ý', disagree: 'Không đồng ý', propose: 'Đề xuất sửa đổi' };
export const DISPOSITION_LABELS: Record<string, string> = { tiep_thu: 'Tiếp thu', tiep_thu_mot_phan: 'Tiếp thu một phần', giai_trinh: 'Giải trình', ngoai_pham_vi: 'Ngoài phạm vi dự thảo' };
export const WITHHELD_LABELS: Record<string, string> = { spam: 'Thư rác', abusive: 'Lời lẽ không phù hợp', off_topic: 'Không liên quan đến dự thảo', personal_data: 'Chứa thông tin cá nhân (đã ẩn)' };
export const STATE_LABELS: Record<string, string> = { pending_verification: 'Chờ xác nhận người góp ý', pending: 'Chờ duyệt', published: 'Đã công bố', withheld: 'Không công bố' };
/** Answer dispositions as the synthesis report counts them (an official text says what "giải trình" means). */
export const REPORT_DISPOSITION_LABELS: Record<string, string> = { tiep_thu: 'Tiếp thu', tiep_thu_mot_phan: 'Tiếp thu một phần', giai_trinh: 'Giải trình, không tiếp thu', ngoai_pham_vi: 'Ngoài phạm vi dự thảo' };
/** The report's rows of counts by answer, in this order; ngoai_pham_vi only when used. */
export const REPORT_DISPOSITION_ORDER = ['tiep_thu', 'tiep_thu_mot_phan', 'giai_trinh', 'ngoai_pham_vi'] as const;
