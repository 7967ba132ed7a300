/**
 * Child process of the consultation benchmark (started through runChild): submits public comments to
 * POST /gop-y/<slug>/y-kien on 127.0.0.1 at a fixed offered rate (open loop: request i is due at start + i / rate,
 * whether or not earlier ones have answered), first for a warm-up, then for the measured period. Each request has
 * its own idempotency key, phone number and X-Forwarded-For address from 198.18.0.0/15 (TEST-NET, RFC 2544), so the
 * per-client limits of the intake (10 per address per 10 minutes, 20 per identity per day, 30 per minute per
 * address on the route) are not what is measured. Every `replayEvery`-th request re-sends an earlier successful
 * form (same key, another address) to check that it is answered with the same receipt, not a second comment.
 * Latency runs from the moment a request was due. At most `maxInFlight` requests are outstanding; a due request
 * finding them all busy is not sent and counted as `skipped` (the server is not keeping up with the offered rate).
 * After the measured period the child waits for every outstanding answer (or its timeout) before it reports.
 */
import net from 'node:net';
import fs from 'node:fs';
import { commentBody, commenterName } from './comment-data';
import { printResult, readJob } from './child';

export interface CommentLoadJob {
  baseUrl: string;
  slug: string;
  /** Article anchors to comment on ('' = the draft as a whole). */
  anchors: string[];
  ratePerSec: number;
  warmupSec: number;
  durationSec: number;
  maxInFlight: number;
  replayEvery: number;
  /** Prefix of every idempotency key (unique per run). */
  keyPrefix: string;
  timeoutMs: number;
  /** Where to write every request's outcome (JSON), for the parent's database check. */
  outFile: string;
}

/** One request as sent and answered. */
export interface Outcome {
  key: string;
  phase: 'warmup' | 'measured';
  replay: boolean;
  /** HTTP status; 0 for a connection error or timeout. */
  status: number;
  receipt: string | null;
  /** For a replay: the receipt the original request got. */
  expectedReceipt: string | null;
  latencyMs: number;
  /** When the request was due and when it ended, in ms since the load began. */
  dueMs: number;
  endMs: number;
  error: string | null;
}

export interface CommentLoadResult {
  offeredRate: number;
  /** The measured period, in ms since the load began (Outcome.dueMs/endMs use the same clock). */
  measured: { sent: number; skipped: number; startMs: number; endMs: number };
  warmup: { sent: number; skipped: number };
  /** When the last answer arrived, in ms since the load began. */
  drainedMs: number;
  outcomes: number;
}

const LOCATION = /^\/gop-y\/bien-nhan\/(GY-[0-9A-Z]+)$/;

/** 198.18.0.0/15 has 131,072 addresses; request n gets 198.18.0.1 + n. */
function testNetAddress(n: number): string {
  const v = (n + 1) % 131072;
  return `198.${18 + (v >> 16)}.${(v >> 8) & 255}.${v & 255}`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** What a response was: the status, and the Location header if any. */
interface Reply {
  status: number;
  location: string | undefined;
}

/**
 * A minimal HTTP/1.1 client over keep-alive sockets, one request at a time per socket: the load generator runs on
 * the same CPUs as the server, and node:http's client cost about as much per request as a lean handler. It
 * understands what this server sends (Content-Length or chunked bodies); anything else is an error.
 */
class LeanClient {
  private idle: Conn[] = [];
  private all = new Set<Conn>();
  constructor(private readonly port: number) {}

  request(head: string, body: string, timeoutMs: number, done: (r: Reply | Error) => void): void {
    const conn = this.idle.pop() ?? this.open();
    conn.send(`${head}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, timeoutMs, (r) => {
      if (!(r instanceof Error) && conn.isReusable()) this.idle.push(conn);
      else this.drop(conn);
      done(r);
    });
  }

  /** Fails requests waiting longer than their timeout (checked every 100 ms rather than a timer per request). */
  sweep(now: number): void {
    for (const c of this.all) c.expire(now);
  }

  close(): void {
    for (const c of this.all) c.socket.destroy();
  }

  private open(): Conn {
    const conn = new Conn(net.connect(this.port, '127.0.0.1'), () => this.drop(conn));
    this.all.add(conn);
    return conn;
  }

  private drop(conn: Conn): void {
    this.all.delete(conn);
    this.idle = this.idle.filter((c) => c !== conn);
    conn.socket.destroy();
  }
}

class Conn {
  private buf: Buffer = Buffer.alloc(0);
  private pending: { done: (r: Reply | Error) => void; deadline: number } | null = null;
  private keepAlive = true;
  constructor(
    readonly socket: net.Socket,
    onGone: () => void,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
      this.parse();
    });
    const fail = (e: Error) => {
      this.finish(e);
      onGone();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
  }

  isReusable(): boolean {
    return this.keepAlive && !this.socket.destroyed;
  }

  send(data: string, timeoutMs: number, done: (r: Reply | Error) => void): void {
    this.pending = { done, deadline: performance.now() + timeoutMs };
    this.socket.write(data);
  }

  expire(now: number): void {
    if (this.pending && now > this.pending.deadline) {
      this.finish(new Error('timeout'));
      this.socket.destroy();
    }
  }

  private finish(r: Reply | Error): void {
    const p = this.pending;
    this.pending = null;
    this.buf = Buffer.alloc(0);
    p?.done(r);
  }

  private parse(): void {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0 || !this.pending) return;
    const head = this.buf.toString('latin1', 0, end);
    const lines = head.split('\r\n');
    const status = Number(lines[0]!.split(' ')[1]);
    let length = -1;
    let chunked = false;
    let location: string | undefined;
    this.keepAlive = true;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') length = Number(value);
      else if (name === 'transfer-encoding') chunked = value.toLowerCase().includes('chunked');
      else if (name === 'location') location = value;
      else if (name === 'connection' && value.toLowerCase() === 'close') this.keepAlive = false;
    }
    const bodyStart = end + 4;
    if (chunked) {
      if (this.buf.indexOf('\r\n0\r\n\r\n', bodyStart - 2) < 0) return; // wait for the last chunk
    } else if (length < 0) {
      this.keepAlive = false;
      this.finish(new Error('response without Content-Length'));
      return;
    } else if (this.buf.length < bodyStart + length) return;
    this.finish({ status, location });
  }
}

async function main(): Promise<void> {
  const job = readJob<CommentLoadJob>();
  const base = new URL(job.baseUrl);
  if (base.hostname !== '127.0.0.1') throw new Error(`refusing to load a non-local address: ${base.host}`);
  if (!(job.ratePerSec > 0) || !(job.durationSec > 0)) throw new Error('ratePerSec and durationSec must be positive');
  const client = new LeanClient(Number(base.port));
  const sweeper = setInterval(() => client.sweep(performance.now()), 100);
  const path = `/gop-y/${encodeURIComponent(job.slug)}/y-kien`;
  const outcomes: Outcome[] = [];
  const succeeded: { key: string; receipt: string }[] = [];
  let inFlight = 0;
  let n = 0;
  const began = performance.now();

  const send = (phase: Outcome['phase'], dueAt: number): void => {
    const i = n++;
    const replayOf = job.replayEvery > 0 && i % job.replayEvery === job.replayEvery - 1 && succeeded.length > 0 ? succeeded[(i * 7919) % succeeded.length]! : null;
    const key = replayOf?.key ?? `${job.keyPrefix}-${i}`;
    const form = new URLSearchParams({
      idempotencyKey: key,
      dieu: job.anchors[i % job.anchors.length] ?? '',
      commenterType: 'citizen',
      name: commenterName(i),
      phone: `09${String(i % 100_000_000).padStart(8, '0')}`,
      stance: 'agree',
      body: commentBody(i),
      consentProcessing: '1',
    }).toString();
    inFlight++;
    const head = `POST ${path} HTTP/1.1\r\nhost: ${base.host}\r\ncontent-type: application/x-www-form-urlencoded\r\nx-forwarded-for: ${testNetAddress(i)}\r\n`;
    client.request(head, form, job.timeoutMs, (r) => {
      inFlight--;
      const status = r instanceof Error ? 0 : r.status;
      const location = r instanceof Error ? undefined : r.location;
      const receipt = location ? (LOCATION.exec(location)?.[1] ?? null) : null;
      if (status === 303 && receipt && !replayOf) succeeded.push({ key, receipt });
      const now = performance.now();
      outcomes.push({ key, phase, replay: replayOf !== null, status, receipt, expectedReceipt: replayOf?.receipt ?? null, latencyMs: now - dueAt, dueMs: dueAt - began, endMs: now - began, error: r instanceof Error ? r.message : null });
    });
  };

  /**
   * Sends for `seconds`: at the offered rate, or with `ramp` at a rate rising evenly from 0 to it (request k is then
   * due at √(2·seconds·k / rate) s, and the phase sends half as many); returns what was sent and skipped and when the
   * phase began.
   */
  const phase = async (name: Outcome['phase'], seconds: number, ramp = false) => {
    const start = performance.now();
    const total = Math.round((ramp ? seconds / 2 : seconds) * job.ratePerSec);
    const dueAt = (k: number) => start + (ramp ? Math.sqrt((2 * seconds * k) / job.ratePerSec) : k / job.ratePerSec) * 1000;
    let sent = 0;
    let skipped = 0;
    for (let k = 0; k < total; ) {
      const now = performance.now();
      for (; k < total && dueAt(k) <= now; k++) {
        if (inFlight >= job.maxInFlight) skipped++;
        else {
          send(name, dueAt(k));
          sent++;
        }
      }
      if (k < total) await sleep(Math.max(0, Math.min(5, dueAt(k) - performance.now())));
    }
    // a ramp's last requests were due before `seconds` had passed: the next phase starts on time, not early
    if (ramp) await sleep(Math.max(0, start + seconds * 1000 - performance.now()));
    return { sent, skipped, start };
  };

  // The server starts with its code not yet optimised by V8: at the full rate from the first request it would build
  // in its first second a backlog that the measured period inherits. The warm-up ramps up to the rate instead.
  const warm = job.warmupSec > 0 ? await phase('warmup', job.warmupSec, true) : { sent: 0, skipped: 0, start: 0 };
  const measured = await phase('measured', job.durationSec);
  const measuredStartMs = measured.start - began;
  while (inFlight > 0) await sleep(5);
  clearInterval(sweeper);
  client.close();
  fs.writeFileSync(job.outFile, JSON.stringify(outcomes));
  const result: CommentLoadResult = {
    offeredRate: job.ratePerSec,
    measured: { sent: measured.sent, skipped: measured.skipped, startMs: measuredStartMs, endMs: measuredStartMs + job.durationSec * 1000 },
    warmup: { sent: warm.sent, skipped: warm.skipped },
    drainedMs: performance.now() - began,
    outcomes: outcomes.length,
  };
  printResult(result);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
