import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { httpSite, mainConf } from './nginx-config';
import { WEB_NODE_FLAGS } from '../scripts/node-flags.mjs';

/**
 * The processes of a deployment on one machine, as docs/operations.md runs them: the server bundle as a web
 * process (`--web --no-demo`) or the worker (`--worker`), and nginx with a generated site under a temporary
 * prefix. Shared by deploy/multi-node.test.ts and the multi-node benchmark (bench/multi-node.ts), so both start
 * what the runbook starts, the same way.
 */

/** What the server prints once it listens (a web process) or once it has migrated and started (the worker). */
export const READY_LINE = 'Đồng Thuận đang chạy';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1 (free when asked; the caller binds it soon after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => s.end(() => resolve(true)));
    s.once('error', () => resolve(false));
  });

/** A child process with the tail of its output, for the error message when it does not start. */
export class Child {
  readonly proc: ChildProcess;
  output = '';

  constructor(readonly name: string, command: string, args: string[], env: NodeJS.ProcessEnv, readonly port = 0) {
    this.proc = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (d: Buffer) => (this.output = (this.output + d.toString()).slice(-4000));
    this.proc.stdout!.on('data', keep);
    this.proc.stderr!.on('data', keep);
  }

  get isRunning(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Resolves when `isReady` says so; rejects when the process ends first or `ms` pass. */
  async until(isReady: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await isReady())) {
      if (!this.isRunning) throw new Error(`${this.name} ended (${this.proc.exitCode ?? this.proc.signalCode}):\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`${this.name} not ready after ${ms} ms:\n${this.output}`);
      await sleep(50);
    }
  }

  /** Resolves once the server has printed its ready line. */
  ready(ms = 60_000): Promise<void> {
    return this.until(() => this.output.includes(READY_LINE), ms);
  }

  async signal(signal: NodeJS.Signals, graceMs = 10_000): Promise<void> {
    if (!this.isRunning) return;
    const ended = new Promise<void>((r) => this.proc.once('exit', () => r()));
    this.proc.kill(signal);
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), graceMs);
    await ended;
    clearTimeout(timer);
  }

  /** Stops the process as systemd does: SIGQUIT for nginx (its graceful stop), SIGTERM for the platform. */
  stop(): Promise<void> {
    return this.signal(this.name.startsWith('nginx') ? 'SIGQUIT' : 'SIGTERM');
  }
}

/** The server bundle (`dist/server/main.js`) with `args`, on `port` when it is a web process. */
export function serverProcess(serverMain: string, name: string, args: string[], env: NodeJS.ProcessEnv, port = 0): Child {
  return new Child(name, process.execPath, [serverMain, ...args], port ? { ...env, PORT: String(port) } : env, port);
}

/** A web process as dong-thuan-web@PORT.service starts it. */
export function webProcess(serverMain: string, name: string, env: NodeJS.ProcessEnv, port: number): Child {
  return new Child(name, process.execPath, [...WEB_NODE_FLAGS, serverMain, '--web', '--no-demo'], { ...env, PORT: String(port) }, port);
}

/**
 * nginx under `prefix` (a folder of its own: pid, logs, temp folders) on a free port, with the site of
 * deploy/nginx/ in front of the web processes on `backends`; resolves once it accepts connections.
 */
export async function startNginx(nginx: string, prefix: string, backends: number[], name = 'nginx'): Promise<{ proxy: Child; port: number; base: string }> {
  const port = await freePort();
  fs.writeFileSync(path.join(prefix, 'site.conf'), httpSite(prefix, port, backends));
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), mainConf(prefix, path.join(prefix, 'site.conf')));
  const proxy = new Child(name, nginx, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], process.env);
  try {
    await proxy.until(() => accepts(port), 10_000);
  } catch (e) {
    await proxy.signal('SIGKILL');
    throw e;
  }
  return { proxy, port, base: `http://127.0.0.1:${port}` };
}

/**
 * The two `sed` lines of the runbook's rolling restart (docs/operations.md, "Nâng cấp", step 5): the first marks the
 * process on $port down in the site's upstream, the second brings it back. Read from the runbook itself, so the
 * multi-node test runs the commands an operator types.
 */
export function runbookUpstreamEdits(): { down: string; up: string } {
  const doc = fs.readFileSync(path.resolve('docs/operations.md'), 'utf8');
  const block = [...doc.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('SITE=/etc/nginx/sites-available/dong-thuan'));
  const seds = (block ?? '').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('sed -i'));
  if (seds.length !== 2) throw new Error(`docs/operations.md: the rolling restart should have two sed lines, found ${seds.length}`);
  return { down: seds[0]!, up: seds[1]! };
}

/**
 * Marks the web process on `backendPort` down (or back up) in the site of an nginx started by startNginx, with the
 * runbook's own `sed` line, and reloads nginx (SIGHUP, as `systemctl reload nginx`); resolves once the new workers
 * run and the old ones, having finished their requests, are gone.
 */
export async function rollUpstream(proxy: Child, prefix: string, backendPort: number, state: 'down' | 'up'): Promise<void> {
  const command = runbookUpstreamEdits()[state];
  const edit = spawnSync('bash', ['-c', command], { env: { ...process.env, SITE: path.join(prefix, 'site.conf'), port: String(backendPort) }, encoding: 'utf8' });
  if (edit.status !== 0) throw new Error(`${command}: ${edit.stderr}`);
  const workers = () => childrenOf(proxy.proc.pid!);
  const before = workers();
  proxy.proc.kill('SIGHUP');
  // without /proc (not Linux) the workers cannot be watched: a fixed wait instead
  if (before.length === 0) return sleep(2000);
  await proxy.until(() => {
    const now = workers();
    return now.length > 0 && !now.some((w) => before.includes(w));
  }, 15_000);
}

/** The pids of the processes whose parent is `pid` (read from /proc/PID/stat; empty where there is no /proc). */
function childrenOf(pid: number): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const e of entries) {
    try {
      // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ")"
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(e));
    } catch {
      // the process ended while the folder was read
    }
  }
  return out;
}
