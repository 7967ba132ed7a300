import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { CommentItem } from './comment-item';

describe('a published comment on the portal', () => {
  it('is dated by the day in Vietnam: published at 06:30 on 06/12 there is 23:30 on 05/12 in UTC', () => {
    const html = renderToStaticMarkup(
      <CommentItem c={{ id: 'c1', articleAnchor: null, commenterType: 'citizen', displayName: null, stance: 'support', text: 'Đồng ý.', publishedAt: '2026-12-05T23:30:00.000Z', answer: null }} locale="vi" returnTo="/gop-y/du-thao" />,
    );
    expect(html).toContain('06/12/2026');
    expect(html).not.toContain('05/12/2026');
  });
});
