import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../../../app/i18n';
import { notificationText } from './notification-text';

describe('notification sentences in the office', () => {
  it('names what was given and shows every day as dd/mm/yyyy, never ISO', () => {
    const t: Translate = (key, params) => translate('vi', key, params);
    expect(notificationText({ kind: 'press_assigned', count: 1, params: { what: 'Yêu cầu cung cấp thông tin số 4', subject: 'Bản đồ quy hoạch', unitName: 'Sở Tư pháp tỉnh Lào Cai', dueOn: '2026-06-22' } }, t)).toBe(
      'Yêu cầu cung cấp thông tin số 4 “Bản đồ quy hoạch” được giao cho Sở Tư pháp tỉnh Lào Cai trả lời (hạn 22/06/2026)',
    );
    expect(notificationText({ kind: 'press_notice_late', count: 1, params: { refNo: 7, subject: 'Số liệu đầu tư', noticeDueOn: '2026-03-05' } }, t)).toBe('Yêu cầu số 7 “Số liệu đầu tư” chưa có thông báo thời hạn giải quyết (hạn gửi 05/03/2026)');
  });
});
