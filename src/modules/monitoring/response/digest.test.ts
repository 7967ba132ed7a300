import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser, SYSTEM } from '../../../../test/factories';
import { readDocxText } from '../../../platform/documents';
import type { App } from '../../../platform/http';
import { addDays, todayVn } from '../../../platform/text';
import { activeSentimentModel } from '../sentiment-model';
import { retrainSentiment } from './actions/retrain-sentiment';
import { sendMonitoringDigest } from './digest';

describeEachDriver('monitoring dashboard, digests and retraining from corrections', (getDb) => {
  let app: App;
  let coordinator: Session;
  let dir: string;
  const q = (text: string, params: unknown[] = []) => getDb().query(text, params);
  const today = todayVn();
  const yesterdayNoon = `${addDays(today, -1)}T12:00:00+07:00`;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-mon-digest-'));
    process.env.FILES_DIR = dir;
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-ct' });
    await q(`update users set email = 'dieu.phoi@vidu.vn' where id = $1`, [c.id]);
    coordinator = await signInAs(app, c.username, c.password);
    await q(`insert into monitoring_sources (id, name, kind) values ('s1', 'Báo Lào Cai', 'feed'), ('s2', 'Diễn đàn Tây Bắc', 'feed')`);
    await q(`insert into monitoring_stories (id, title, first_seen_at, last_seen_at, item_count, negative_count) values ('st1', 'Sạt lở trên quốc lộ 70', $1, $1, 3, 2)`, [yesterdayNoon]);
    const items: [string, string, string, string | null, string][] = [
      ['a', 's1', 'negative', 'st1', 'Sạt lở chia cắt quốc lộ 70'],
      ['b', 's2', 'negative', 'st1', 'Quốc lộ 70 tê liệt vì sạt lở'],
      ['c', 's1', 'neutral', 'st1', 'Lực lượng chức năng khắc phục sạt lở'],
      ['d', 's1', 'positive', null, 'Khánh thành trường học vùng cao'],
    ];
    for (const [id, source, sentiment, story, title] of items) {
      await q(`insert into monitoring_items (id, source_id, kind, title, body, content_hash, sentiment, relevant, story_id, matches, ingested_at, published_at) values ($1, $2, 'article', $3, '', $1, $4, true, $5, $6::jsonb, $7, $7)`, [id, source, title, sentiment, story, JSON.stringify([{ watchlistId: 'w', termId: null, label: 'Lào Cai', field: 'title', start: 0, end: 1 }]), yesterdayNoon]);
    }
    // an irrelevant item counts as collected, not in the charts
    await q(`insert into monitoring_items (id, source_id, kind, title, body, content_hash, relevant, ingested_at) values ('z', 's1', 'article', 'Giá vàng hôm nay', '', 'z', false, $1)`, [yesterdayNoon]);
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows volume per day by sentiment for every day of the period, top stories, sources and terms', async () => {
    const d = (await app.inject({ url: '/api/v1/monitoring/dashboard?days=7', headers: auth(coordinator) })).json();
    expect(d.days).toHaveLength(7);
    expect(d.days.at(-1).day).toBe(today);
    expect(d.days.find((x: { day: string }) => x.day === addDays(today, -1))).toEqual({ day: addDays(today, -1), positive: 1, neutral: 1, negative: 2 });
    expect(d.days.filter((x: { negative: number; neutral: number; positive: number }) => x.negative + x.neutral + x.positive === 0)).toHaveLength(6);
    expect(d.totals).toEqual({ collected: 5, relevant: 4, negative: 2 });
    expect(d.stories).toEqual([{ title: 'Sạt lở trên quốc lộ 70', items: 3, negative: 2 }]);
    expect(d.sources).toEqual([{ name: 'Báo Lào Cai', items: 3, negative: 1 }, { name: 'Diễn đàn Tây Bắc', items: 1, negative: 1 }]);
    expect(d.terms).toEqual([{ name: 'Lào Cai', items: 4, negative: 2 }]);
  });

  it('makes the daily digest once: a DOCX and a mail to each subscriber', async () => {
    expect((await app.inject({ method: 'PUT', url: '/api/v1/monitoring/digest-subscriptions', headers: auth(coordinator), payload: { daily: true, weekly: false } })).statusCode).toBe(200);
    expect(await sendMonitoringDigest(getDb().db, 'daily')).toEqual({ made: 1, mails: 1 });
    expect(await sendMonitoringDigest(getDb().db, 'daily')).toEqual({ made: 0, mails: 0 });
    const mail = (await q(`select to_address, subject, body_text from mail_outbox where purpose = 'monitoring.digest.daily'`)).rows as { to_address: string; subject: string; body_text: string }[];
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to_address).toBe('dieu.phoi@vidu.vn');
    expect(mail[0]!.body_text).toContain('Tin, bài thu thập: 5; liên quan: 4; tiêu cực: 2.');
    expect(mail[0]!.body_text).toContain('1. Sạt lở trên quốc lộ 70 (3 tin, 2 tiêu cực)');
    const list = (await app.inject({ url: '/api/v1/monitoring/digests', headers: auth(coordinator) })).json();
    expect(list.subscribed).toEqual({ daily: true, weekly: false });
    const docx = await app.inject({ url: `/api/v1/monitoring/digests/${list.items[0].id}/docx`, headers: auth(coordinator) });
    const text = await readDocxText(docx.rawPayload);
    expect(text).toContain('Sạt lở trên quốc lộ 70');
    expect(text).toContain('Diễn đàn Tây Bắc');
  });

  it('retrains the sentiment model from reviewers’ corrections, stores it as the active version, and skips when nothing changed', async () => {
    expect((await retrainSentiment({ db: getDb().db, actor: SYSTEM })).skipped).toBe('Chưa có đánh giá cảm xúc nào được cán bộ sửa.');
    // a reviewer read "khắc phục sạt lở" as positive and corrected twelve such items
    for (let i = 0; i < 12; i++) {
      await q(`insert into monitoring_items (id, source_id, kind, title, body, content_hash, sentiment, sentiment_by, relevant) values ($1, 's1', 'post', $2, '', $1, $3, 'reviewer', true)`, [`corr-${i}`, `Bộ đội giúp dân khắc phục hậu quả sạt lở xong sớm ${i}`, i % 3 === 0 ? 'neutral' : 'positive']);
    }
    const r = await retrainSentiment({ db: getDb().db, actor: SYSTEM });
    expect(r).toMatchObject({ version: 1, corrections: 12, heldOut: 1, skipped: null });
    expect((await activeSentimentModel(getDb().db, { fresh: true })).name).toBe('v1');
    expect((await retrainSentiment({ db: getDb().db, actor: SYSTEM })).skipped).toBe('Không có sửa đổi mới kể từ lần huấn luyện trước.');
    const rows = (await q(`select version, active, corrections from monitoring_sentiment_models order by version`)).rows;
    expect(rows).toEqual([{ version: 1, active: true, corrections: 12 }]);
  });
});
