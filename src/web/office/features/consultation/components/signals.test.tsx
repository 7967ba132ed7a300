import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import { Signals } from './signals';
import { SignalItem } from './signals-item';
import { signalQueries, type Signal, type SignalList } from './signals-api';

const SIGNAL_ID = '7a1b2c3d-1111-4222-8333-944455556666';
const COMMENT_ID = '0c9d8e7f-aaaa-4bbb-8ccc-ddddeeeeffff';
const BURST: Signal = {
  id: SIGNAL_ID,
  kind: 'burst',
  status: 'new',
  subjectLabel: 'campaign',
  excerpt: 'Chúng tôi đề nghị giữ nguyên mức hỗ trợ học nghề.',
  windowStart: '2026-12-01T01:00:00.000Z',
  windowEnd: '2026-12-01T01:00:50.000Z',
  commentCount: 30,
  threshold: 20,
  baseline: null,
  reviewedBy: null,
  reviewedAt: null,
  note: null,
  checksSent: 1,
  disputed: 1,
  members: [
    { commentId: COMMENT_ID, receiptCode: 'GY-0001234', createdAt: '2026-12-01T01:00:00.000Z', excerpt: 'Chúng tôi đề nghị…', state: 'pending', email: 'n***@gmail.com', phone: null, address: '#a1b2c3', canCheck: false, check: { sentAt: '2026-12-01T02:00:00.000Z', answer: 'denied', answeredAt: '2026-12-01T03:00:00.000Z' } },
    { commentId: 'c2', receiptCode: 'GY-0001235', createdAt: '2026-12-01T01:00:02.000Z', excerpt: 'Chúng tôi đề nghị…', state: 'pending', email: 'b***@vidu.vn', phone: '09*****678', address: '#d4e5f6', canCheck: true, check: null },
    { commentId: 'c3', receiptCode: 'GY-0001236', createdAt: '2026-12-01T01:00:04.000Z', excerpt: 'Chúng tôi đề nghị…', state: 'pending', email: null, phone: '08*****111', address: '#0a0b0c', canCheck: false, check: null },
  ],
};

const render = (node: React.ReactNode, data?: SignalList) => {
  const queryClient = new QueryClient();
  if (data) queryClient.setQueryData(signalQueries.list('r1', { limit: 10, offset: 0 }).queryKey, data);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <TestApp>{node}</TestApp>
    </QueryClientProvider>,
  );
};

describe('the coordinated-submission signals of a round in the moderation tab', () => {
  it('lists each signal with its masked evidence, the answers to the "was this you?" mail, and no internal id', () => {
    const html = render(<Signals roundId="r1" />, { items: [BURST], total: 1 });
    expect(html).toContain('Dấu hiệu gửi phối hợp');
    expect(html).toContain('Nhiều ý kiến gần giống nhau gửi dồn dập');
    expect(html).toContain('Mới');
    expect(html).toContain('Cùng một nhóm ý kiến trùng lặp');
    expect(html).toContain('30 ý kiến (ngưỡng: 20)');
    expect(html).toContain('1 ý kiến: người có email ghi trong ý kiến trả lời “Không phải tôi”');
    expect(html).toContain('GY-0001234');
    expect(html).toContain('n***@gmail.com · địa chỉ mạng #a1b2c3');
    expect(html).toContain('Người nhận: “Không phải tôi” – cần xem xét');
    // one comment with an email not asked yet: the button; one without email: said so
    expect(html).toContain('aria-label="Gửi thư “Có phải bạn đã gửi?” cho ý kiến GY-0001235"');
    expect(html).toContain('Không có email');
    expect(html).toContain('Đang hiển thị 3 trên 30 ý kiến.');
    expect(html).toContain('Đã xem – đáng ngờ');
    expect(html).not.toContain(SIGNAL_ID);
    expect(html).not.toContain(COMMENT_ID);
  });

  it('offers no mail for a signal reviewed as harmless, and shows who reviewed it with the note', () => {
    const cleared: Signal = { ...BURST, kind: 'same_email', subjectLabel: 'n***@gmail.com', excerpt: null, status: 'cleared', reviewedBy: 'Nguyễn Thị B', reviewedAt: '2026-12-02T01:00:00.000Z', note: 'Một người góp ý nhiều điều.' };
    const html = render(<SignalItem roundId="r1" signal={cleared} />);
    expect(html).toContain('Nhiều ý kiến từ một email');
    expect(html).toContain('Nguồn gửi: n***@gmail.com');
    expect(html).toContain('Đã xem – không có vấn đề');
    expect(html).toContain('Nguyễn Thị B đã xem lúc');
    expect(html).toContain('Một người góp ý nhiều điều.');
    expect(html).not.toContain('Gửi thư “Có phải bạn đã gửi?”');
  });

  it('says so when the round has no signal', () => {
    expect(render(<Signals roundId="r1" />, { items: [], total: 0 })).toContain('Chưa có dấu hiệu nào');
  });
});
