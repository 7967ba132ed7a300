import { describe, expect, it } from 'vitest';
import { isA4, plainText, renderDocuments, shouldRender } from '../../../platform/documents/render-check';
import { getDirectory } from '../../organisations';
import { buildDemoOrg } from '../../../../test/factories';
import { renderMinutesDocx, type MinutesInput } from './minutes';
import type { ConferenceRow, InvitationRow, QuestionRow } from './tables';
import { openMigratedMemory } from '../../../../test/db';

const conference = {
  id: 'c1', refNo: 7, title: 'định kỳ quý IV năm 2026 về công tác tư pháp', kind: 'periodic', status: 'held', hostUnitId: 'lc-so-tp',
  startsAt: '2026-12-10T02:00:00.000Z', endsAt: '2026-12-10T03:30:00.000Z', place: 'Hội trường Sở Tư pháp, tầng 3',
  chairName: 'Nguyễn Văn Chủ Trì', chairTitle: 'Phó Giám đốc Sở Tư pháp', chairAssignmentId: null, spokespersonAssignmentId: null,
  topics: ['Kết quả công tác tư pháp năm 2026', 'Triển khai Luật Xử lý vi phạm hành chính sửa đổi'], policyIds: [], planTaskId: null,
  summary: 'Lãnh đạo Sở thông tin kết quả công tác tư pháp năm 2026 và nhiệm vụ năm 2027.', participants: 'Đại diện lãnh đạo các phòng chuyên môn của Sở',
  sequence: 1, cancelReason: null, heldAt: null, minutesIssuedAt: null, createdBy: null, createdAt: '', updatedAt: '',
} satisfies ConferenceRow;
const invitation = (agencyName: string, attended: boolean, names: string | null): InvitationRow & { agencyName: string } => ({ id: agencyName, conferenceId: 'c1', agencyId: agencyName, emails: [], mailIds: [], sends: 1, lastSentAt: '', attended, reporters: names ? names.split(',').length : null, journalistNames: names, createdBy: null, createdAt: '', agencyName });
const question = (seq: number, q: string, onSpot: boolean, extra: Partial<QuestionRow> = {}): QuestionRow & { agencyName: string | null } => ({
  id: `q${seq}`, conferenceId: 'c1', seq, agencyId: null, journalistName: 'Phóng viên Thử', question: q, answeredOnSpot: onSpot, answer: onSpot ? 'Sở đã hoàn thành 98% chỉ tiêu.' : null, answeredBy: onSpot ? 'Phó Giám đốc Sở Tư pháp' : null,
  followUpUnitId: onSpot ? null : 'lc-so-nnmt', followUpDueOn: onSpot ? null : '2026-12-14', followUpBasis: onSpot ? null : { ruleId: 'press.conferenceFollowUpWorkingDays', days: 2, unit: 'working', source: 'Nghị định 09/2017/NĐ-CP, Điều 6', skipped: [] },
  followUpAnswer: null, followUpAnsweredOn: null, followUpAnsweredBy: null, createdBy: null, createdAt: '', agencyName: 'Báo Lào Cai', ...extra,
});

// The minutes as a printer sees them (LibreOffice → PDF → text; PNGs under RENDER_DIR to look at)
describe.skipIf(!shouldRender())('press conference minutes, printed', () => {
  it('are an A4 Biên bản with time, place, chair, agencies present, content, Q&A, follow-ups and the signature', async () => {
    const database = await openMigratedMemory();
    try {
      await buildDemoOrg(database);
      const input: MinutesInput = {
        dir: await getDirectory(database.db),
        conference,
        invitations: [invitation('Báo và Phát thanh, Truyền hình Lào Cai', true, 'Phóng viên Một, Phóng viên Hai'), invitation('Thông tấn xã Việt Nam — Cơ quan thường trú tại Lào Cai', true, 'Phóng viên Ba'), invitation('Báo Nhân Dân', false, null)],
        questions: [question(1, 'Kết quả cải cách hành chính năm 2026 ra sao?', true), question(2, 'Khi nào công bố bảng giá đất mới của tỉnh?', false)],
        spokesperson: { name: 'Trần Thị Phát Ngôn', title: 'Chánh Văn phòng Sở' },
      };
      const out = await renderDocuments({ 'bien-ban-hop-bao.docx': await renderMinutesDocx(input) }, { png: true });
      const doc = out['bien-ban-hop-bao.docx']!;
      expect(doc.pages.every((p) => isA4(p, 'portrait'))).toBe(true);
      const text = `${plainText(doc).replace(/\s+/gu, ' ')} ${doc.pages.flatMap((p) => p.words.map((w) => w.text)).join(' ')}`;
      for (const s of ['BIÊN BẢN', 'Họp báo định kỳ quý IV', '09:00 – 10:30 ngày 10/12/2026', 'Hội trường Sở Tư pháp', 'Nguyễn Văn Chủ Trì', 'Trần Thị Phát Ngôn', 'Cơ quan báo chí dự: 2 cơ quan, 3 phóng viên', 'Kết quả công tác tư pháp năm 2026', 'Khi nào công bố bảng giá đất mới', '14/12/2026', 'KT. GIÁM ĐỐC']) expect(text, s).toContain(s);
      expect(text).not.toContain('..');
    } finally {
      await database.close();
    }
  }, 180_000);
});
