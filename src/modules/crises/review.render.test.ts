import { describe, expect, it } from 'vitest';
import { isA4, plainText, renderDocuments, shouldRender } from '../../platform/documents/render-check';
import { getDirectory } from '../organisations';
import { buildDemoOrg } from '../../../test/factories';
import { renderReviewDocx } from './review-docx';
import type { CrisisView } from './view';
import { openMigratedMemory } from '../../../test/db';

const entry = (at: string, actorName: string, kindLabel: string, text: string) => ({ at, actorName, kind: 'note', kindLabel, text });

/** A closed crisis as the page shows it (only what the report reads is filled meaningfully). */
const crisis = {
  id: 'c1',
  refNo: 7,
  title: 'Tin đồn vỡ đập thủy điện ở Lào Cai',
  summary: 'Tin đồn lan trên mạng xã hội.',
  originLabel: 'Từ một cảnh báo dư luận',
  originReason: null,
  unitId: 'lc-so-ct',
  unitName: 'Sở Công Thương',
  policy: null,
  severity: 3,
  severityLabel: 'Mức 3 — cao',
  isSeverityUnsure: true,
  status: 'closed',
  statusLabel: 'Đã đóng',
  stageLabel: 'Kết thúc, rút kinh nghiệm',
  closedAt: '2026-12-03T03:00:00.000Z',
  networkGroupId: null,
  timer: { detectedAt: '2026-11-30T01:25:00.000Z', firstStatementAt: '2026-11-30T06:55:00.000Z', elapsedHours: 5.5, targetHours: 24, dueAt: '2026-12-01T01:25:00.000Z', isStopped: true, isWithinTarget: true },
  items: [],
  members: [
    { role: 'lead', roleLabel: 'Trưởng nhóm xử lý', userId: null, personName: 'Trần Thị Điều Phối', fromRegistry: false, isCurrent: true, validFrom: '2026-11-30T01:30:00.000Z', validTo: null },
    { role: 'spokesperson', roleLabel: 'Người phát ngôn', userId: null, personName: 'Nguyễn Văn Phát Ngôn', fromRegistry: true, isCurrent: true, validFrom: '2026-11-30T01:30:00.000Z', validTo: null },
  ],
  roster: [],
  timeline: [
    entry('2026-11-30T01:30:00.000Z', 'Trần Thị Điều Phối', 'Mở sự cố', 'Mở sự cố (từ một cảnh báo dư luận: cảnh báo “Thủy điện”); phát hiện lúc 30/11/2026 08:25; Mức 3 — cao (chưa chắc chắn nên lấy mức cao hơn).'),
    entry('2026-11-30T02:10:00.000Z', 'Trần Thị Điều Phối', 'Thông báo cho nhóm', 'Gửi thông báo cho nhóm mạng lưới.'),
    entry('2026-11-30T04:00:00.000Z', 'Lê Văn Soạn', 'Thông cáo', 'Soạn thông tin ban đầu “Thông tin về tin đồn vỡ đập”, phiên bản 1; cập nhật tiếp theo lúc 30/11/2026 18:00.'),
    entry('2026-11-30T06:55:00.000Z', 'Nguyễn Văn Phát Ngôn', 'Thông cáo', 'Công bố trên cổng thông tin “Thông tin về tin đồn vỡ đập”, phiên bản 1.'),
  ],
  tasks: [],
  statements: [],
  broadcasts: [],
  review: {
    summary: 'Thông tin sai sự thật về việc vỡ đập thủy điện được phát hiện qua cảnh báo dư luận; sau khi xác minh với Công ty thủy điện, Sở đã công bố thông tin chính thức, đề nghị gỡ bỏ các bài đăng sai.',
    wentWell: 'Phát hiện sớm qua cảnh báo; thông tin chính thức được công bố sau 5,5 giờ.',
    toImprove: 'Danh sách đầu mối của công ty thủy điện chưa cập nhật; mất thời gian liên hệ.',
    reviewedAt: '2026-12-03T02:00:00.000Z',
    followups: [{ title: 'Cập nhật danh sách đầu mối các công ty thủy điện', ownerName: 'Phòng Quản lý năng lượng', dueOn: '2026-12-31' }],
  },
  abilities: { canManage: false, canAct: false, canReview: false, canClose: false, canNotify: false },
} as CrisisView;

// The after-action report as a printer sees it (LibreOffice → PDF → text; PNGs under RENDER_DIR to look at)
describe.skipIf(!shouldRender())('crisis after-action report, printed', () => {
  it('is an A4 Báo cáo with the timer against the rule, the follow-ups, the signature and the timeline appendix', async () => {
    const database = await openMigratedMemory();
    try {
      await buildDemoOrg(database);
      const dir = await getDirectory(database.db);
      const docx = await renderReviewDocx({ dir, crisis, unitId: 'lc-so-ct', date: '2026-12-03', signer: { name: 'Phạm Văn Ký', title: 'Phó Giám đốc' } });
      const out = await renderDocuments({ 'bao-cao-rut-kinh-nghiem.docx': docx }, { png: true });
      const doc = out['bao-cao-rut-kinh-nghiem.docx']!;
      expect(doc.pages.every((p) => isA4(p, 'portrait'))).toBe(true);
      const words = doc.pages.flatMap((p) => p.words.map((w) => w.text)).join(' ');
      const text = `${plainText(doc).replace(/\s+/gu, ' ')} ${words}`;
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('rút kinh nghiệm');
      expect(text).toContain('sau 5,5 giờ kể từ khi phát hiện (trong thời hạn 24 giờ)');
      expect(text).toContain('Cập nhật danh sách đầu mối các công ty thủy điện');
      expect(text).toContain('31/12/2026');
      expect(text).toContain('PHỤ LỤC');
      // times in the appendix as dd/mm/yyyy HH:mm (Vietnam time)
      expect(text).toContain('30/11/2026 08:30');
      expect(text).toContain('30/11/2026 13:55');
      expect(text).toContain('Phạm Văn Ký');
      expect(text).toContain('KT. GIÁM ĐỐC');
      expect(text).not.toContain('..');
    } finally {
      await database.close();
    }
  }, 180_000);
});
