import type { Executor } from '../../../platform/db';
import { registerFigureSource, type Figure } from '../../plans';
import { itemTotals, referableCount, takedownTotals } from './repo-dashboard';

// The monitoring indicator of the annual results report (DOMAIN.md I-10): items collected, negative and false or
// hostile items found, takedown requests and the share removed within the legal deadline. "Clarifications
// published" is not counted: the platform does not record them yet (the crisis module, issue 16, will).
/** The I-10 figures of a year (Vietnam calendar). */
export async function monitoringIndicatorFigures(db: Executor, year: number, now = new Date()): Promise<Figure[]> {
  // the year in Vietnam: from 1 January 00:00 (UTC+7)
  const p = { from: `${year}-01-01T00:00:00+07:00`, to: `${year + 1}-01-01T00:00:00+07:00` };
  const [items, referable, takedowns] = await Promise.all([itemTotals(db, p), referableCount(db, p), takedownTotals(db, p, now)]);
  const none = () => [];
  const href = '/office/monitoring/dashboard';
  const figures: Figure[] = [
    // the core purges irrelevant items after 30 days: over a past year this counts what is kept, said in the label
    { code: 'I-10.collected', label: 'Tin, bài thu thập qua theo dõi dư luận (đang lưu giữ; tin không liên quan chỉ giữ 30 ngày)', value: items.collected, records: none },
    { code: 'I-10.relevant', label: 'Tin, bài liên quan đến tỉnh và chính sách của tỉnh', value: items.relevant, records: none },
    { code: 'I-10.negative', label: 'Tin, bài liên quan mang sắc thái tiêu cực', value: items.negative, records: none },
    { code: 'I-10.false', label: 'Tin, bài được kết luận sai sự thật, sai lệch hoặc xấu, độc', value: referable, records: none },
    { code: 'I-10.takedown', label: 'Yêu cầu gỡ bỏ thông tin vi phạm đã gửi', value: takedowns.requested, records: none },
    {
      code: 'I-10.removed24h',
      label: 'Yêu cầu gỡ bỏ được thực hiện trong thời hạn 24 giờ (%)',
      // out of the requests decided or past their deadline: one pending within its 24 hours is not late yet
      value: takedowns.decided ? Math.round((takedowns.removedInTime / takedowns.decided) * 100) : 0,
      outOf: takedowns.decided,
      records: () => [{ kind: 'monitoring_takedowns', id: String(year), title: `${takedowns.removedInTime}/${takedowns.decided} yêu cầu gỡ bỏ đúng hạn`, unitName: null, value: takedowns.removedInTime, href }],
    },
  ];
  return figures;
}

registerFigureSource(({ db, year }) => monitoringIndicatorFigures(db, year));
