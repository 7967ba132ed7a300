import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import { Topics } from './topics';
import { topicQueries, type TopicsView } from './topics-api';
import { TopicGroupItem } from './topics-group';

const ID = (n: number) => `7d1e0c2a-0000-4000-8000-00000000000${n}`;
const member = (n: number, excerpt: string, signers = 1) => ({ commentId: ID(n), receiptCode: `GY-000000${n}`, excerpt, signers });
const GROUP = {
  label: ['lao động nông thôn', 'hỗ trợ học nghề'],
  size: 3,
  signers: 42,
  representative: member(1, 'Đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn.'),
  members: [member(1, 'Đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn.'), member(2, 'Chúng tôi đề nghị giữ nguyên mức hỗ trợ…', 40), member(3, 'Mức hỗ trợ học nghề không nên cắt giảm.')],
  more: 0,
};
const VIEW: TopicsView = {
  maxPerArticle: 2000,
  articles: [
    {
      anchor: 'dieu-4', label: 'Điều 4. Mức hỗ trợ', comments: 5000, arguments: 2400, analysed: 2000,
      phrases: [{ text: 'hỗ trợ học nghề', count: 1200 }, { text: 'lao động nông thôn', count: 900 }],
      groups: [GROUP], moreGroups: 4, alone: 310,
    },
    { anchor: 'general', label: 'Góp ý chung', comments: 2, arguments: 2, analysed: 2, phrases: [], groups: [], moreGroups: 0, alone: 2 },
  ],
};
const ABILITIES = { canAnswer: true, canApprove: false };

const client = (data?: TopicsView) => {
  const queryClient = new QueryClient();
  if (data) queryClient.setQueryData(topicQueries.round('r1').queryKey, data);
  return queryClient;
};
const wrap = (queryClient: QueryClient, node: React.ReactNode) => (
  <QueryClientProvider client={queryClient}>
    <TestApp>{node}</TestApp>
  </QueryClientProvider>
);

const render = (queryClient: QueryClient, node: React.ReactNode) => renderToStaticMarkup(wrap(queryClient, node));
/** The markup's text, tags dropped. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

describe('the topics panel of a round’s answers tab', () => {
  it('waits to be asked: the analysis is not requested before the officer opens it', () => {
    // even with the analysis at hand, a closed panel shows only its button
    const html = render(client(VIEW), <Topics roundId="r1" abilities={ABILITIES} templates={[]} />);
    expect(html).toContain('Chủ đề theo điều');
    expect(html).toContain('Phân tích chủ đề theo điều');
    expect(html).not.toContain('Điều 4. Mức hỗ trợ');
  });

  it('shows per article the key phrases with their counts, the groups, the cap said on screen, and no internal id', () => {
    const html = render(client(VIEW), <Topics roundId="r1" abilities={ABILITIES} templates={[]} defaultOpen />);
    const text = textOf(html);
    expect(text).toContain('Mỗi điều phân tích tối đa 2000 ý kiến gửi sớm nhất');
    expect(text).toContain('5000 ý kiến cần trả lời, 2400 ý kiến khác nhau sau khi gộp các ý kiến trùng lặp.');
    expect(text).toContain('Chỉ phân tích 2000 ý kiến gửi sớm nhất trong 2400 ý kiến của điều này (tối đa 2000 mỗi điều).');
    expect(html).toContain('aria-label="Cụm từ khóa của Điều 4. Mức hỗ trợ"');
    expect(text).toContain('hỗ trợ học nghề ×1200 (1200 ý kiến dùng cụm từ này)');
    expect(text.indexOf('hỗ trợ học nghề ×1200')).toBeLessThan(text.indexOf('lao động nông thôn ×900'));
    expect(text).toContain('Nhóm 1: lao động nông thôn · hỗ trợ học nghề');
    expect(text).toContain('3 ý kiến · 42 người gửi');
    expect(text).toContain('Ý kiến tiêu biểu GY-0000001');
    expect(text).toContain('Xem 3 ý kiến của nhóm');
    expect(text).toContain('Còn 4 nhóm nhỏ hơn không hiển thị.');
    expect(text).toContain('310 ý kiến nêu lập luận riêng');
    // general comments have neither phrases nor groups yet
    expect(text).toContain('Góp ý chung');
    expect(text).toContain('Không có hai ý kiến nào nêu cùng một lập luận.');
    // members are listed on request only
    expect(text).not.toContain('GY-0000003');
    expect(html).not.toContain('7d1e0c2a');
  });

  it('says nothing of a cap when every argument of an article was analysed', () => {
    const all = { ...VIEW, articles: [{ ...VIEW.articles[0]!, arguments: 1500, analysed: 1500 }] };
    const text = textOf(render(client(all), <Topics roundId="r1" abilities={ABILITIES} templates={[]} defaultOpen />));
    expect(text).toContain('1500 ý kiến khác nhau');
    expect(text).not.toContain('Chỉ phân tích');
  });

  it('lists a group’s members by receipt code, marks a campaign’s representative, and offers one answer for them', () => {
    const queryClient = client();
    queryClient.setQueryData(['consultation', 'assignments', 'r1'], { officers: [], articles: [] });
    const html = render(queryClient, <TopicGroupItem roundId="r1" group={GROUP} articleIndex={0} rank={1} canAnswer={true} canApprove={false} templates={[]} defaultOpen />);
    const text = textOf(html);
    expect(html).toContain('aria-label="Các ý kiến của nhóm 1: lao động nông thôn · hỗ trợ học nghề"');
    expect(text).toContain('GY-0000001 — Đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn.');
    expect(text).toContain('GY-0000002 đại diện 40 ý kiến trùng lặp — Chúng tôi đề nghị giữ nguyên mức hỗ trợ…');
    expect(text).toContain('GY-0000003 — Mức hỗ trợ học nghề không nên cắt giảm.');
    expect(text).toContain('Ẩn các ý kiến của nhóm');
    expect(text).toContain('Một câu trả lời cho 3 ý kiến trên');
    expect(text).toContain('chỉ trả lời ý kiến đại diện của chiến dịch');
    expect(html).not.toContain('7d1e0c2a');
  });

  it('gives a reader who may neither answer nor approve the members without an answer form', () => {
    const text = textOf(render(client(), <TopicGroupItem roundId="r1" group={GROUP} articleIndex={0} rank={1} canAnswer={false} canApprove={false} templates={[]} defaultOpen />));
    expect(text).toContain('GY-0000003');
    expect(text).not.toContain('Một câu trả lời');
  });
});
