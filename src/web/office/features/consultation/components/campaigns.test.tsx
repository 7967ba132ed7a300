import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import { campaignQueries, type Campaign, type CampaignList } from './campaigns-api';
import { Campaigns } from './campaigns';
import { CampaignItem } from './campaigns-item';

const CAMPAIGN_ID = '5f0c2d7e-1111-4222-8333-944455556666';
const CAMPAIGN: Campaign = {
  id: CAMPAIGN_ID,
  members: 500,
  answered: 500,
  approved: 0,
  representative: { receiptCode: 'GY-0001234', articleLabel: 'Điều 3', commenterType: 'citizen', stance: 'propose', text: 'Đề nghị giữ nguyên mức hỗ trợ.', createdAt: '2026-12-01T01:00:00.000Z' },
  answer: { disposition: 'giai_trinh', explanation: 'Mức hỗ trợ được giữ như năm trước.', answeredAt: '2026-12-02T01:00:00.000Z' },
};

const render = (node: React.ReactNode, data?: CampaignList) => {
  const queryClient = new QueryClient();
  if (data) queryClient.setQueryData(campaignQueries.list('r1', { limit: 10, offset: 0 }).queryKey, data);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <TestApp>{node}</TestApp>
    </QueryClientProvider>,
  );
};

describe('the campaigns of a round in the answers tab', () => {
  it('shows each campaign as its earliest text × its signers, largest first, with its answer state and no internal id', () => {
    const small: Campaign = { ...CAMPAIGN, id: 'c2', members: 3, answered: 0, approved: 0, answer: null, representative: { ...CAMPAIGN.representative, receiptCode: 'GY-0009999', text: 'Một ý kiến khác.' } };
    const html = render(<Campaigns roundId="r1" templates={[]} />, { items: [CAMPAIGN, small], total: 2, signers: 503, abilities: { canAnswer: true, canApprove: false } });
    expect(html).toContain('Chiến dịch / ý kiến trùng lặp');
    expect(html).toContain('2 nhóm ý kiến trùng lặp, tổng cộng 503 người ký');
    expect(html.indexOf('Nhóm 1: 1 ý kiến × 500 người ký')).toBeLessThan(html.indexOf('Nhóm 2: 1 ý kiến × 3 người ký'));
    expect(html).toContain('Đề nghị giữ nguyên mức hỗ trợ.');
    expect(html).toContain('ý kiến đại diện GY-0001234 (gửi sớm nhất)');
    expect(html).toContain('Đã trả lời 500/500, đã phê duyệt 0/500');
    expect(html).toContain('Trả lời 500 ý kiến của nhóm');
    // an officer answers; approval is the approver's
    expect(html).not.toContain('Phê duyệt câu trả lời của cả nhóm');
    expect(html).not.toContain(CAMPAIGN_ID);
  });

  it('says so when the round has no campaign', () => {
    const html = render(<Campaigns roundId="r1" templates={[]} />, { items: [], total: 0, signers: 0, abilities: { canAnswer: true, canApprove: true } });
    expect(html).toContain('Chưa có nhóm ý kiến trùng lặp nào');
  });

  it('gives an approver the approval of the whole campaign and no answer form', () => {
    const html = render(<CampaignItem roundId="r1" campaign={CAMPAIGN} rank={1} canAnswer={false} canApprove={true} templates={[]} />);
    expect(html).toContain('Phê duyệt câu trả lời của cả nhóm (500 ý kiến)');
    expect(html).not.toContain('Trả lời 500 ý kiến của nhóm');
    expect(html).toContain('Câu trả lời chung của nhóm');
    expect(html).toContain('Mức hỗ trợ được giữ như năm trước.');
  });

  it('offers to answer only the members that joined after the campaign was answered', () => {
    const html = render(<CampaignItem roundId="r1" campaign={{ ...CAMPAIGN, members: 503, approved: 500 }} rank={1} canAnswer={true} canApprove={true} templates={[]} />);
    expect(html).toContain('3 ý kiến chưa trả lời (gửi sau khi nhóm được trả lời)');
    expect(html).toContain('Chỉ trả lời 3 ý kiến chưa có câu trả lời');
    // everything answered is approved: nothing to approve
    expect(html).not.toContain('Phê duyệt câu trả lời của cả nhóm');
    expect(html).toContain('Xem 503 ý kiến trong nhóm');
  });
});
