import { registerStageGuard } from '../policies';
import { countUnanswered, roundsOfDraft } from './repo';

// Law 64/2025 Art. 6.4 (DOMAIN.md LY-07): a draft leaves the consultation stage only when every comment has an
// answer and each round's synthesis report is published.
registerStageGuard(async (db, draft, to) => {
  if (draft.stage !== 'consultation' || to === 'drafting') return null;
  const rounds = await roundsOfDraft(db, draft.id);
  if (rounds.length === 0) return 'Dự thảo chưa được lấy ý kiến: cần mở ít nhất một đợt lấy ý kiến.';
  const unanswered = await countUnanswered(db, rounds.map((r) => r.id));
  if (unanswered) return `Còn ${unanswered} ý kiến chưa được trả lời (tiếp thu, giải trình); chưa thể chuyển giai đoạn.`;
  const unpublished = rounds.filter((r) => !r.synthesisPublishedAt);
  if (unpublished.length) return 'Chưa công bố báo cáo tổng hợp, tiếp thu, giải trình ý kiến của đợt lấy ý kiến.';
  return null;
});
