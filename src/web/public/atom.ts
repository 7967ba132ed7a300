import type { PublicConsultation } from '../../modules/consultation';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom 1.0 feed of consultations, newest first. */
export function atomFeed(base: string, items: PublicConsultation[]): string {
  const updated = items.map((i) => `${i.opensOn}T00:00:00+07:00`).sort().at(-1) ?? new Date().toISOString();
  const entries = items
    .map(
      (i) => `  <entry>
    <title>${esc(i.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(`${base}/gop-y/${i.slug}`)}"/>
    <id>${esc(`${base}/gop-y/${i.slug}`)}</id>
    <updated>${i.opensOn}T00:00:00+07:00</updated>
    <summary>${esc(`${i.docTypeLabel} — ${i.draftingUnitName}. Lấy ý kiến từ ${i.opensOn.split('-').reverse().join('/')} đến ${i.closesOn.split('-').reverse().join('/')}.`)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>Góp ý dự thảo chính sách</title>
  <link rel="self" href="${esc(`${base}/gop-y/feed.atom`)}"/>
  <link rel="alternate" type="text/html" href="${esc(`${base}/gop-y`)}"/>
  <id>${esc(`${base}/gop-y`)}</id>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}
