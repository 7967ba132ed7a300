import net from 'node:net';
import { describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { createHttpApp } from './app';

describe('a process told to stop (SIGTERM: app.close())', () => {
  it('serves the requests that already reached it instead of answering 503 (nginx would not resend a POST)', async () => {
    const app = await createHttpApp({ db: {} as DB, logLevel: 'silent', lookupSession: async () => null });
    app.post('/comment', { config: { access: 'public' } }, async () => ({ stored: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as net.AddressInfo;

    // a post whose first bytes had arrived when the stop came (nginx opens a connection per request and sends it
    // whole, but the process may read it in two parts); the rest of it arrives while the process is stopping
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let text = '';
      socket.on('data', (d) => (text += d.toString('utf8')));
      socket.on('error', reject);
      socket.on('close', () => resolve(text));
      socket.on('connect', () => {
        socket.write('POST /comment HTTP/1.1\r\nHost: localhost\r\n');
        setTimeout(() => void app.close(), 50);
        setTimeout(() => socket.write('Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'), 150);
      });
    });

    const statuses = [...answer.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => m[1]);
    expect(statuses).toEqual(['200']);
    expect(answer).toContain('{"stored":true}');
    // and nothing new is accepted once it stops
    await expect(new Promise((resolve, reject) => net.connect(port, '127.0.0.1').on('connect', resolve).on('error', reject))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
