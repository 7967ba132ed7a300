import { describe, expect, it } from 'vitest';
import { isA4, plainText, renderDocuments, shouldRender } from '../../platform/documents/render-check';
import { getDirectory } from '../organisations';
import { buildDemoOrg } from '../../../test/factories';
import { renderAcceptanceDocx, renderOrderDocx } from './documents';
import type { AcceptanceRow, CommissionRow, DeliverableRow, LineRow } from './repo';
import { openMigratedMemory } from '../../../test/db';

const commission: CommissionRow = {
  id: 'c1', refNo: 7, title: 'Tuyên truyền Nghị quyết về mức hỗ trợ sản xuất nông nghiệp', ordererUnitId: 'lc-so-vhttdl', mode: 'order', supplierId: 'a1', supplierName: 'Báo và Phát thanh, Truyền hình Lào Cai',
  legalBasis: 'Nghị định số 32/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định giao nhiệm vụ, đặt hàng hoặc đấu thầu cung cấp sản phẩm, dịch vụ công sử dụng ngân sách nhà nước từ nguồn kinh phí chi thường xuyên\nQuyết định số 45/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh giao dự toán ngân sách năm 2026',
  policyId: 'p1', planTaskId: 't1', budgetYear: 2026, fundingSource: 'provincial', startsOn: '2026-03-02', endsOn: '2026-06-30', deliverBy: '2026-06-15',
  acceptanceCriteria: 'Sản phẩm đăng, phát đúng chuyên mục, khung giờ, đủ số lượng; nội dung đúng định hướng tuyên truyền', paymentTerms: null, totalAmount: 21_000_000, status: 'accepted',
  approvedOn: '2026-02-25', approvedBy: null, contractNo: '15/QĐ-SVHTTDL', signedOn: '2026-02-27', overBudgetReason: null, liquidatedOn: null, cancelReason: null, serviceId: null, serviceName: null, createdBy: null, createdAt: '2026-02-20T02:00:00Z', updatedAt: '2026-02-20T02:00:00Z',
};
const lines: LineRow[] = [
  { id: 'l1', commissionId: 'c1', position: 0, productType: 'article', topic: 'Bài viết về mức hỗ trợ sản xuất', quantity: 4, unit: 'bài', length: '1.200 chữ', channel: 'Báo điện tử', placement: 'Chuyên mục Chính sách', unitPrice: 1_250_000, lineTotal: 5_000_000 },
  { id: 'l2', commissionId: 'c1', position: 1, productType: 'television', topic: 'Phóng sự truyền hình về chính sách đến với bà con vùng cao', quantity: 2, unit: 'chương trình', length: '15 phút', channel: 'Kênh LCTV', placement: 'Thời sự 19 giờ 45', unitPrice: 8_000_000, lineTotal: 16_000_000 },
];
const deliverables = [
  { id: 'd1', commissionId: 'c1', lineId: 'l1', title: 'Bài 1', url: 'https://example.vn/a', urlKey: null, channel: null, airedOn: null, airedAt: null, durationMinutes: null, fileId: null, publishedOn: '2026-03-10', createdBy: null, createdAt: '' },
  { id: 'd2', commissionId: 'c1', lineId: 'l2', title: 'Phóng sự 1', url: null, urlKey: null, channel: 'LCTV', airedOn: '2026-03-12', airedAt: '19:45', durationMinutes: 15, fileId: null, publishedOn: '2026-03-12', createdBy: null, createdAt: '' },
] satisfies DeliverableRow[];
const acceptance: AcceptanceRow = { id: 'x1', commissionId: 'c1', acceptedOn: '2026-03-20', members: ['Ông Nguyễn Văn An, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Bà Trần Thị Bình, Trưởng phòng Quản lý báo chí'], quality: 'Nội dung đúng định hướng, đăng, phát đúng chuyên mục và khung giờ', lines: [{ lineId: 'l1', quantity: 1, amount: 1_250_000 }, { lineId: 'l2', quantity: 1, amount: 8_000_000 }], amount: 9_250_000, createdBy: null, createdAt: '' };

// The order and the acceptance record as a printer sees them (LibreOffice → PDF → text; PNGs under RENDER_DIR to look at)
describe.skipIf(!shouldRender())('commission documents, printed', () => {
  it('are A4 Quyết định / Biên bản with the product table, VND amounts as "1.250.000" and the signature block', async () => {
    const database = await openMigratedMemory();
    try {
      await buildDemoOrg(database);
      const dir = await getDirectory(database.db);
      const order = await renderOrderDocx({ dir, commission, lines, supplier: { name: 'Báo và Phát thanh, Truyền hình Lào Cai', licenceNo: '123/GP-BTTTT', licenceDate: '2025-07-01' }, policyTitle: 'Nghị quyết về mức hỗ trợ sản xuất nông nghiệp', taskTitle: 'II.3.4. Đặt hàng báo chí tuyên truyền chính sách', service: { name: 'Thông tin, tuyên truyền trên báo chí, phát thanh, truyền hình', listLabel: 'Quyết định số 1520/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai' }, signer: { name: 'Nguyễn Văn An', title: 'Phó Giám đốc' } });
      const record = await renderAcceptanceDocx({ dir, commission, lines, deliverables, acceptance, earlier: [] });
      const out = await renderDocuments({ 'quyet-dinh-dat-hang.docx': order, 'bien-ban-nghiem-thu.docx': record }, { png: true });
      for (const name of ['quyet-dinh-dat-hang.docx', 'bien-ban-nghiem-thu.docx']) expect(out[name]!.pages.every((p) => isA4(p, 'portrait')), name).toBe(true);
      const text = (name: string) => `${plainText(out[name]!).replace(/\s+/gu, ' ')} ${out[name]!.pages.flatMap((p) => p.words.map((w) => w.text)).join(' ')}`;
      const o = text('quyet-dinh-dat-hang.docx');
      expect(o).toContain('QUYẾT ĐỊNH');
      expect(o).toContain('Số: 15/QĐ-SVHTTDL');
      expect(o).toContain('1.250.000');
      expect(o).toContain('16.000.000');
      expect(o).toContain('21.000.000');
      expect(o).toContain('Giấy phép hoạt động số 123/GP-BTTTT');
      expect(o).toContain('Nghị định số 32/2019/NĐ-CP');
      // DH-02: the decision approving the list of public services is a basis, and Article 1 names the service
      expect(o).toContain('Căn cứ Quyết định số 1520/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai phê duyệt danh mục dịch vụ sự nghiệp công');
      expect(o).toContain('thuộc dịch vụ sự nghiệp công "Thông tin, tuyên truyền trên báo chí, phát thanh, truyền hình"');
      expect(o).toContain('Nơi nhận');
      expect(o).toContain('KT. GIÁM ĐỐC');
      expect(o).toContain('Nguyễn Văn An');
      expect(o).not.toContain('..');
      const r = text('bien-ban-nghiem-thu.docx');
      expect(r).toContain('BIÊN BẢN');
      expect(r).toContain('Trần Thị Bình');
      expect(r).toContain('9.250.000');
      expect(r).toContain('15/QĐ-SVHTTDL');
      expect(r).toContain('ĐẠI DIỆN BÊN ĐẶT HÀNG');
    } finally {
      await database.close();
    }
  }, 180_000);
});
