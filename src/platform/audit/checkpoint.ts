/**
 * Checkpoints of the audit chain kept outside the database. The chain alone proves that no row was edited or
 * removed in the middle, but deleting the newest rows leaves a valid, shorter chain. Each night (and on demand,
 * `cli audit checkpoint`) the head — seq and hash — is appended to a file on the application's disk; verifying
 * then also requires every checkpointed row to be present with its hash. With AUDIT_CHECKPOINT_KEY set, each
 * line carries an HMAC, so someone who can write the file but does not know the key cannot forge a checkpoint
 * to match a rewritten chain.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChainHead } from './index';

export interface Checkpoint extends ChainHead {
  /** When the checkpoint was taken (ISO). */
  at: string;
  /** Rows in the chain when it was taken (for the message; the check uses seq and hash). */
  rows: number;
}

export interface CheckpointFile {
  path: string;
  /** HMAC key (AUDIT_CHECKPOINT_KEY); null: lines are written and read without a MAC. */
  key: string | null;
}

/** The checkpoint file from the environment: AUDIT_CHECKPOINT_FILE, or ./data/audit-checkpoints.jsonl. */
export function checkpointFileFromEnv(env: NodeJS.ProcessEnv = process.env): CheckpointFile {
  return { path: path.resolve(env.AUDIT_CHECKPOINT_FILE ?? './data/audit-checkpoints.jsonl'), key: env.AUDIT_CHECKPOINT_KEY || null };
}

const macOf = (key: string, c: Checkpoint) => createHmac('sha256', key).update(`${c.seq}\n${c.hash}\n${c.at}\n${c.rows}`).digest('hex');

/** Appends a checkpoint and waits until it is on disk. */
export function appendCheckpoint(file: CheckpointFile, c: Checkpoint): void {
  fs.mkdirSync(path.dirname(file.path), { recursive: true });
  const line = JSON.stringify(file.key ? { ...c, mac: macOf(file.key, c) } : c);
  const fd = fs.openSync(file.path, 'a', 0o600);
  try {
    fs.writeSync(fd, `${line}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export interface ReadCheckpoints {
  checkpoints: Checkpoint[];
  /** Lines that are not checkpoints, or whose MAC is missing or wrong (1-based line numbers). */
  bad: { line: number; reason: string }[];
}

/** Reads the checkpoint file (an absent file: no checkpoints yet). */
export function readCheckpoints(file: CheckpointFile): ReadCheckpoints {
  if (!fs.existsSync(file.path)) return { checkpoints: [], bad: [] };
  const out: ReadCheckpoints = { checkpoints: [], bad: [] };
  fs.readFileSync(file.path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      let v: Partial<Checkpoint & { mac: string }>;
      try {
        v = JSON.parse(text) as Partial<Checkpoint & { mac: string }>;
      } catch {
        out.bad.push({ line: i + 1, reason: 'không đọc được dòng' });
        return;
      }
      if (!Number.isInteger(v.seq) || typeof v.hash !== 'string' || !/^[0-9a-f]{64}$/.test(v.hash) || typeof v.at !== 'string' || Number.isNaN(Date.parse(v.at)) || !Number.isInteger(v.rows)) {
        out.bad.push({ line: i + 1, reason: 'thiếu hoặc sai trường' });
        return;
      }
      const c: Checkpoint = { seq: v.seq!, hash: v.hash, at: v.at, rows: v.rows! };
      if (file.key) {
        const expected = Buffer.from(macOf(file.key, c), 'hex');
        const given = typeof v.mac === 'string' && /^[0-9a-f]{64}$/.test(v.mac) ? Buffer.from(v.mac, 'hex') : null;
        if (!given || !timingSafeEqual(expected, given)) {
          // an unsigned line is what a file started before AUDIT_CHECKPOINT_KEY was set holds: say what to do
          out.bad.push({ line: i + 1, reason: given ? 'chữ ký (HMAC) không khớp' : 'thiếu chữ ký (HMAC); nếu khoá AUDIT_CHECKPOINT_KEY vừa được đặt, hãy chuyển tệp cũ sang chỗ khác (giữ làm hồ sơ) để bắt đầu tệp mới' });
          return;
        }
      }
      out.checkpoints.push(c);
    });
  return out;
}
