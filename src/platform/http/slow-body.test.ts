import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { createHttpApp, type App } from './app';

/** Sends headers announcing a body, then the body one byte every `everyMs`; resolves with what came back and when. */
function trickle(port: number, everyMs: number, giveUpMs: number): Promise<{ answer: string; closedAfterMs: number | null }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      clearInterval(timer);
      clearTimeout(stop);
      socket.destroy();
      resolve({ answer, closedAfterMs: closed ? Date.now() - started : null });
    };
    const stop = setTimeout(() => finish(false), giveUpMs);
    socket.on('data', (d) => (answer += d.toString('utf8')));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', () => {
      socket.write('POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      timer = setInterval(() => socket.writable && socket.write(' '), everyMs);
    });
  });
}

describe('a request body sent a byte at a time is timed out (issue 11, reliability 7)', () => {
  let app: App;
  let port: number;
  beforeAll(async () => {
    app = await createHttpApp({ db: {} as DB, logLevel: 'silent', lookupSession: async () => null, requestTimeoutMs: 1000 });
    app.post('/echo', { config: { access: 'public' } }, async (request) => ({ got: request.body }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 408 and closes the connection once the whole request took longer than the limit', async () => {
    const { answer, closedAfterMs } = await trickle(port, 100, 6000);
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs!).toBeLessThan(3000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('application/problem+json');
    expect(answer).toMatch(/content-security-policy: default-src 'self'/i);
    expect(answer).toContain('quá chậm');
  });

  it('keeps a request that arrives in time', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ got: { a: 1 } });
  });
});
