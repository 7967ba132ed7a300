import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { httpSite, mainConf } from './nginx-config';

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
  return serverProcess(serverMain, name, ['--web', '--no-demo'], env, port);
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
