import { expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { startJobs } from './index';

describeEachDriver('jobs (pg-boss on the same database)', (getDb) => {
  it('runs a declared job and registers its schedule', async () => {
    let ran = 0;
    const runner = await startJobs(getDb(), [{ name: 'test-job', schedule: '0 3 * * *', handler: async () => ++ran }], () => undefined);
    try {
      await runner.boss.send('test-job', {});
      for (let i = 0; i < 60 && ran === 0; i++) await new Promise((r) => setTimeout(r, 250));
      expect(ran).toBe(1);
      const schedules = await runner.boss.getSchedules();
      expect(schedules.map((s) => s.name)).toContain('test-job');
    } finally {
      await runner.stop();
    }
  });
});
