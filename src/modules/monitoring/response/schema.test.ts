import { expect, it } from 'vitest';
import { describeEachDriver } from '../../../../test/db';
import { ruleVersionAt } from '../../../platform/rules';

describeEachDriver('monitoring response schema (migration 0024)', (db) => {
  const q = (text: string, params: unknown[] = []) => db().query(text, params);

  it('refuses to alter captured evidence, keeps one alert per dedup key, and dates the 24 h takedown rule', async () => {
    await q(`insert into monitoring_sources (id, name, kind) values ('s1', 'Báo A', 'feed')`);
    await q(`insert into monitoring_items (id, source_id, kind, title, body, content_hash) values ('i1', 's1', 'article', 'Tin', 'Nội dung', 'h1')`);
    await q(`insert into monitoring_evidence (id, item_id, method, sha256, size, file_id) values ('e1', 'i1', 'stored', 'abc', 3, 'f1')`);
    await expect(q(`update monitoring_evidence set sha256 = 'def' where id = 'e1'`)).rejects.toThrow(/không được sửa/);
    expect((await q(`select sha256 from monitoring_evidence where id = 'e1'`)).rows).toEqual([{ sha256: 'abc' }]);

    await q(`insert into monitoring_alert_rules (id, name, kind) values ('r1', 'Tin tiêu cực tăng', 'negative_spike')`);
    const alert = (id: string) => q(`insert into monitoring_alerts (id, rule_id, dedup_key, window_start, window_end, item_count, explanation, trigger_ingested_at) values ($1, 'r1', 'r1:w1', now(), now(), 3, '{}'::jsonb, now())`, [id]);
    await alert('a1');
    await expect(alert('a2')).rejects.toThrow();

    const rule = await ruleVersionAt(db().db, 'monitoring.takedown.deadlineHours', '2026-12-03');
    expect(rule.value).toBe(24);
    expect(rule.source).toMatch(/147\/2024/);
    // before NĐ 147/2024 took effect there is no such rule: a request then is a configuration question, not 24 h
    await expect(ruleVersionAt(db().db, 'monitoring.takedown.deadlineHours', '2024-06-01')).rejects.toThrow(/Chưa có quy định/);
  });
});
