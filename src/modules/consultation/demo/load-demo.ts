import fs from 'node:fs';
import type { ActionContext } from '../../../platform/context';
import { addDays, todayVn } from '../../../platform/text';
import { createDraft, listDrafts, saveKit, uploadVersion } from '../../policies';
import { openRound } from '../actions/open-round';
import { fromRoot } from '../../../platform/root';

const TEXT = fromRoot('src/modules/consultation/demo/du-thao-lao-cai.txt');

/**
 * Demo data for `npm start`: one draft of Sở Công Thương tỉnh Lào Cai, open for comments for 30 days from today,
 * with a published communication kit. Does nothing when the register already has drafts.
 */
export async function loadDemoConsultation(ctx: ActionContext, unitId = 'lc-so-ct'): Promise<boolean> {
  if ((await listDrafts(ctx.db, {})).length > 0) return false;
  const draft = await createDraft(ctx, {
    title: 'Nghị quyết quy định chính sách hỗ trợ chuyển đổi số cho hộ kinh doanh trên địa bàn tỉnh Lào Cai giai đoạn 2027 - 2030',
    docType: 'nq_hdnd_tinh',
    draftingUnitId: unitId,
    summary: 'Hỗ trợ hộ kinh doanh dùng hóa đơn điện tử, thanh toán không dùng tiền mặt và bán hàng trên sàn thương mại điện tử.',
    impact: { criteria: { affectsRightsObligations: true, sensitiveOrControversial: true, affectsManyPeople: true, notStateSecret: true }, note: 'Ảnh hưởng đến khoảng 40.000 hộ kinh doanh.' },
  });
  const version = await uploadVersion(ctx, draft.id, { data: fs.readFileSync(TEXT), fileName: 'du-thao-lao-cai.txt' }, { changeNote: 'Dự thảo lần 1' });
  await saveKit(ctx, draft.id, {
    mainContent: 'Dự thảo hỗ trợ chi phí hóa đơn điện tử, mở gian hàng trên sàn thương mại điện tử và tập huấn miễn phí cho hộ kinh doanh.',
    impacts: 'Giảm chi phí tuân thủ cho hộ kinh doanh; tăng doanh thu qua kênh trực tuyến; ngân sách tỉnh dự kiến 12 tỷ đồng mỗi năm.',
    reasons: 'Thực hiện lộ trình bắt buộc hóa đơn điện tử và thúc đẩy kinh tế số tại địa phương.',
    openQuestions: ['Mức hỗ trợ tại Điều 3 đã phù hợp chưa?', 'Có nên ưu tiên thêm đối tượng nào tại Điều 4?'],
    howToComment: 'Góp ý trực tiếp từng điều trên cổng này, hoặc gửi văn bản về Sở Công Thương trước ngày kết thúc lấy ý kiến.',
    englishSummary: 'Draft resolution supporting household businesses in Lào Cai with e-invoices, cashless payments and e-commerce (2027–2030). Comments are welcome on each article.',
    qa: [{ question: 'Hộ kinh doanh chưa đăng ký có được hỗ trợ không?', answer: 'Không; hộ cần đăng ký kinh doanh trước khi đề nghị hỗ trợ.' }],
    isPublished: true,
  });
  const today = todayVn();
  await openRound(ctx, draft.id, { versionId: version.id, opensOn: today, closesOn: addDays(today, 29), targetGroups: ['Người dân', 'Doanh nghiệp', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: ['lc-mttq'] });
  return true;
}
