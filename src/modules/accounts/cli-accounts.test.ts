import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { openDatabase } from '../../platform/db';
import { SERVER_CLI } from '../../../test/server-bundle';

it('a user added or reset from the command line must change the password at the first sign-in', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-cli-accounts-'));
  try {
    const env = { ...process.env, DATABASE_URL: `file:${dir}/pglite`, LOG_LEVEL: 'silent' };
    const cli = (...args: string[]) => spawnSync(process.execPath, [SERVER_CLI, ...args], { encoding: 'utf8', env, cwd: process.cwd() });
    expect(cli('user', 'add', 'canbo.cli', '--name', 'Cán bộ Dòng lệnh', '--password', 'Mat-khau-dong-lenh-7').status).toBe(0);
    const weak = cli('user', 'reset-password', 'canbo.cli', '--password', 'canbo.cli-2024');
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('chứa tên đăng nhập «canbo.cli»');
    const db = await openDatabase(env.DATABASE_URL);
    try {
      const { rows } = await db.query<{ must_change_password: boolean }>("select must_change_password from users where username = 'canbo.cli'", []);
      expect(rows).toEqual([{ must_change_password: true }]);
    } finally {
      await db.close();
    }
  } finally {
    // the command line's PGlite data dir weighs tens of MB
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
