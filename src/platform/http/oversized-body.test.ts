import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { createHttpApp, type App } from './app';

/**
 * Sends a JSON body of `size` bytes as a proxy does (all of it, in chunks, before reading the answer) and reports
 * whether the writes went through and what came back.
 */
function sendWhole(port: number, size: number): Promise<{ writeError: string | null; answer: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let writeError: string | null = null;
    socket.on('data', (d) => (answer += d.toString('utf8')));
    socket.on('error', (e: NodeJS.ErrnoException) => (writeError ??= e.code ?? e.message));
    socket.on('close', () => resolve({ writeError, answer }));
    socket.on('connect', async () => {
      socket.write(`POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = 0; sent < size && !socket.destroyed; sent += chunk.length) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        if (!socket.write(part)) await new Promise((r) => socket.once('drain', r));
        // a little slower than the loopback: the answer would otherwise come before the body is all sent
        if (sent % (1024 * 1024) === 0) await new Promise((r) => setTimeout(r, 5));
      }
      setTimeout(() => socket.end(), 200);
    });
  });
}

describe('a body too large for its route (issue 12: nginx must not see a healthy process fail)', () => {
  let app: App;
  let port: number;
  beforeAll(async () => {
    app = await createHttpApp({ db: {} as DB, logLevel: 'silent', lookupSession: async () => null });
    app.post('/echo', { config: { access: 'public' } }, async (request) => ({ got: request.body }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
  });

  it('is read to its end before the 413, so the sender’s writes are never reset', async () => {
    for (let i = 0; i < 3; i++) {
      const { writeError, answer } = await sendWhole(port, 8 * 1024 * 1024);
      expect(writeError).toBeNull();
      expect(answer).toMatch(/^HTTP\/1\.1 413/);
      expect(answer).toContain('Dữ liệu gửi lên quá lớn.');
    }
  });
});
