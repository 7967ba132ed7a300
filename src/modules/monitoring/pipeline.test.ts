import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { SYSTEM } from '../../../test/factories';
import { rowsOf } from '../../platform/db';
import { DEFAULT_MODEL, scoreSentiment } from '../../platform/sentiment';
import { createWatchlist } from './actions/watchlists';
import { ingestItems } from './pipeline';
import { assignStories } from './stories';
import { monitoringSources } from './tables';

const STORY = 'Mưa lớn kéo dài gây sạt lở đất tại xã Mường Lai, huyện Lục Yên, tỉnh Yên Bái, vùi lấp hai ngôi nhà và làm hư hỏng tuyến đường liên xã; chính quyền địa phương đã di dời 15 hộ dân đến nơi an toàn và huy động lực lượng khắc phục hậu quả';

describeEachDriver('monitoring pipeline: relevance with old and new names, duplicates, sentiment, stories', (getDb) => {
  const db = () => getDb().db;
  const item = (over: Record<string, unknown>) => ({ kind: 'article' as const, platform: 'news', ...over });

  beforeAll(async () => {
    await db().insert(monitoringSources).values([
      { id: 'src-a', name: 'Báo A', kind: 'feed', url: 'http://a.example/rss' },
      { id: 'src-b', name: 'Báo B', kind: 'feed', url: 'http://b.example/rss' },
    ]);
    await createWatchlist({ db: db(), actor: SYSTEM }, {
      name: 'Địa danh',
      kind: 'place',
      terms: [
        { label: 'Tỉnh Yên Bái (cũ)', names: ['Yên Bái'], validTo: '2025-07-01' },
        { label: 'Tỉnh Lào Cai', names: ['Lào Cai'] },
      ],
    });
    await createWatchlist({ db: db(), actor: SYSTEM }, { name: 'Thiên tai', kind: 'query', query: '"sạt lở" AND (Lào Cai OR Yên Bái)' });
  });

  it('marks an item relevant on the old name (not current after the merger) and the new one, with offsets into the stored text', async () => {
    const counts = await ingestItems(db(), 'src-a', [
      item({ url: 'http://a.example/1', guid: 'a1', title: 'Hoà bình ở Yen Bai', body: 'Người dân tỉnh Yên Bái đón tin vui.', publishedAt: '2026-03-02T01:00:00Z' }),
      item({ url: 'http://a.example/2', guid: 'a2', title: 'Lào Cai mở rộng đường', body: 'Tuyến đường mới nối các xã.', publishedAt: '2026-03-02T02:00:00Z' }),
      item({ url: 'http://a.example/3', guid: 'a3', title: 'Giá vàng hôm nay', body: 'Giá vàng tăng nhẹ trên thị trường thế giới.', publishedAt: '2026-03-02T03:00:00Z' }),
      item({ url: 'http://a.example/4', guid: 'a4', title: '', body: '   ' }),
    ]);
    expect(counts).toEqual({ read: 4, inserted: 3, duplicate: 0, skipped: 1, relevant: 2 });
    const rows = rowsOf<{ title: string; body: string; relevant: boolean; matches: { field: string; start: number; end: number; label: string; current?: boolean }[] }>(
      await db().execute(sql`select title, body, relevant, matches from monitoring_items where source_id = 'src-a' order by seq`),
    );
    expect(rows.map((r) => r.relevant)).toEqual([true, true, false]);
    const old = rows[0]!;
    const found = old.matches.map((m) => (m.field === 'title' ? old.title : old.body).slice(m.start, m.end));
    expect(found).toEqual(expect.arrayContaining(['Yen Bai', 'Yên Bái']));
    expect(old.matches.every((m) => m.current === false)).toBe(true);
    expect(rows[1]!.matches.map((m) => rows[1]!.title.slice(m.start, m.end))).toContain('Lào Cai');
    expect(rows[1]!.matches.every((m) => m.current === true)).toBe(true);
  });

  it('skips a repeat by link or guid in the same source, and the same text from another source', async () => {
    const again = await ingestItems(db(), 'src-a', [
      item({ url: 'http://a.example/1?utm_source=fb', guid: 'x-new', title: 'Tiêu đề khác', body: 'Nội dung khác hẳn.' }),
      item({ url: 'http://a.example/99', guid: 'a2', title: 'Khác nữa', body: 'Cũng khác.' }),
    ]);
    expect(again).toMatchObject({ inserted: 0, duplicate: 2 });
    const copy = await ingestItems(db(), 'src-b', [item({ url: 'http://b.example/x', title: 'Hoà bình ở Yen Bai', body: 'Người  dân tỉnh Yên Bái đón tin vui.' })]);
    expect(copy).toMatchObject({ inserted: 0, duplicate: 1 });
    const n = rowsOf<{ items_total: number }>(await db().execute(sql`select items_total from monitoring_sources where id = 'src-a'`))[0]!.items_total;
    expect(n).toBe(3);
  });

  it('scores sentiment and groups near-duplicate reports into one story, a different event in another', async () => {
    const base = Date.parse('2026-03-03T00:00:00Z');
    await ingestItems(db(), 'src-a', [item({ url: 'http://a.example/s1', title: 'Sạt lở nghiêm trọng ở Yên Bái', body: STORY, publishedAt: new Date(base).toISOString() })]);
    await ingestItems(db(), 'src-b', [
      item({ url: 'http://b.example/s2', title: 'Yên Bái: sạt lở vùi lấp nhà dân', body: `${STORY}, theo báo cáo nhanh của xã`, publishedAt: new Date(base + 3_600_000).toISOString() }),
      item({ url: 'http://b.example/s3', title: 'Khai mạc lễ hội trà Suối Giàng', body: 'Lễ hội thu hút hàng nghìn du khách đến thưởng thức trà Shan tuyết cổ thụ, các gian hàng nông sản và những tiết mục văn nghệ đặc sắc của đồng bào Mông tại Lào Cai', publishedAt: new Date(base + 7_200_000).toISOString() }),
      // the same event four days later: outside the 72-hour window, a story of its own
      item({ url: 'http://b.example/s4', title: 'Nhìn lại vụ sạt lở ở Yên Bái', body: `${STORY}. Bốn ngày sau`, publishedAt: new Date(base + 4 * 86_400_000).toISOString() }),
    ]);
    const run = await assignStories(getDb().db);
    expect(run.items).toBe(7);
    const rows = rowsOf<{ url: string; story_id: string; sentiment: string; item_count: number }>(
      await db().execute(sql`select i.url, i.story_id, i.sentiment, s.item_count from monitoring_items i join monitoring_stories s on s.id = i.story_id where i.url like '%/s_' order by i.url`),
    );
    const story = (u: string) => rows.find((r) => r.url.endsWith(u))!;
    expect(story('/s1').story_id).toBe(story('/s2').story_id);
    expect(story('/s1').item_count).toBe(2);
    expect(story('/s3').story_id).not.toBe(story('/s1').story_id);
    expect(story('/s4').story_id).not.toBe(story('/s1').story_id);
    // the label is the active model's (the shipped one here), over the title and text as stored
    const s1 = rowsOf<{ title: string; body: string; sentiment: string; sentiment_model: string; sentiment_cues: unknown[] }>(await db().execute(sql`select title, body, sentiment, sentiment_model, sentiment_cues from monitoring_items where url = 'http://a.example/s1'`))[0]!;
    const expected = scoreSentiment(`${s1.title}\n${s1.body}`, DEFAULT_MODEL);
    expect(s1.sentiment).toBe(expected.label);
    expect(s1.sentiment_model).toBe('default');
    expect(s1.sentiment_cues.length).toBe(Math.min(12, expected.cues.length));
    // nothing new: an idle run, and the cursor does not move back
    expect((await assignStories(getDb().db)).items).toBe(0);
  });

  it('suggests merging two stories when an item is close to both, and never merges them', async () => {
    const words = 'một hai ba bốn năm sáu bảy tám chín mười núi sông rừng biển đồi suối thác hang động bản làng chợ phiên trường học trạm xá cầu cống đường đèo dốc ruộng bậc thang ngô lúa chè quế hồi sa nhân thảo quả mận đào lê táo'.split(' ');
    const span = (a: number, b: number) => words.slice(a, b).join(' ');
    const at = Date.parse('2026-04-01T00:00:00Z');
    const post = (url: string, text: string, h: number) => item({ kind: 'post', platform: 'facebook', url, body: text, publishedAt: new Date(at + h * 3_600_000).toISOString() });
    await ingestItems(db(), 'src-a', [post('http://a.example/m1', span(0, 30), 0), post('http://a.example/m2', span(15, 45), 1)]);
    await assignStories(getDb().db);
    await ingestItems(db(), 'src-a', [post('http://a.example/m3', span(8, 38), 2)]);
    await assignStories(getDb().db);
    const rows = rowsOf<{ url: string; story_id: string; suggested_merge_with: string | null; item_count: number }>(
      await db().execute(sql`select i.url, i.story_id, s.suggested_merge_with, s.item_count from monitoring_items i join monitoring_stories s on s.id = i.story_id where i.url like 'http://a.example/m_' order by i.url`),
    );
    const [m1, m2, m3] = rows;
    expect(m1!.story_id).not.toBe(m2!.story_id);
    expect([m1!.story_id, m2!.story_id]).toContain(m3!.story_id);
    const joined = m3!.story_id === m1!.story_id ? m1! : m2!;
    const other = joined === m1 ? m2! : m1!;
    expect(joined.item_count).toBe(2);
    expect(other.item_count).toBe(1);
    expect(joined.suggested_merge_with).toBe(other.story_id);
  });

  it('keeps items whose text is only punctuation or huge out of harm: bounded text, no crash', async () => {
    const huge = 'Lào Cai '.repeat(20_000);
    const r = await ingestItems(db(), 'src-a', [item({ url: 'http://a.example/huge', title: 'x'.repeat(5_000), body: huge }), item({ url: 'not a url', title: '\u0000\u0000', body: '\ud800 Lào Cai' })]);
    expect(r.inserted).toBe(2);
    const lens = rowsOf<{ t: number; b: number }>(await db().execute(sql`select length(title) as t, length(body) as b from monitoring_items where url = 'http://a.example/huge'`))[0]!;
    expect(lens.t).toBeLessThanOrEqual(1_000);
    expect(lens.b).toBeLessThanOrEqual(50_000);
  });

  it('gives words two names share to the name in force that day, and the longer name its own words', async () => {
    await createWatchlist({ db: db(), actor: SYSTEM }, {
      name: 'Cơ quan',
      kind: 'agency',
      terms: [
        { label: 'UBND tỉnh Yên Bái', names: ['UBND tỉnh', 'UBND tỉnh Yên Bái'], validTo: '2025-07-01' },
        { label: 'UBND tỉnh Lào Cai', names: ['UBND tỉnh', 'UBND tỉnh Lào Cai'] },
      ],
    });
    await ingestItems(db(), 'src-b', [
      item({ url: 'http://b.example/ubnd-1', guid: 'u1', title: 'UBND tỉnh họp thường kỳ tháng 12', body: 'Cuộc họp bàn kế hoạch năm 2027.', publishedAt: '2026-12-04T01:00:00Z' }),
      item({ url: 'http://b.example/ubnd-2', guid: 'u2', title: 'Nhìn lại hoạt động của UBND tỉnh Yên Bái', body: 'Những dấu ấn trước khi hợp nhất.', publishedAt: '2026-12-04T02:00:00Z' }),
    ]);
    const rows = rowsOf<{ url: string; matches: { label: string }[] }>(await db().execute(sql`select url, matches from monitoring_items where url like 'http://b.example/ubnd-%' order by url`));
    const labels = (i: number) => [...new Set(rows[i]!.matches.map((m) => m.label))];
    expect(labels(0)).toEqual(['UBND tỉnh Lào Cai']);
    // the place list keeps its own "Yên Bái" inside the agency's longer name
    expect(labels(1).sort()).toEqual(['Tỉnh Yên Bái (cũ)', 'UBND tỉnh Yên Bái']);
  });
});
