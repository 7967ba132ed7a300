import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody, webhookChannel, type ChannelMessage } from '.';

const MESSAGE: ChannelMessage = { subject: 'Tin', text: 'Nội dung', link: null, readUrl: null, payload: { broadcast: 7, subject: 'Tin', text: 'Nội dung' } };
const SECRET = 'khoa-ky-webhook-thu-nghiem';

describe('the webhook channel, against a local receiver', () => {
  let server: http.Server;
  let base = '';
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end('ok'), 1500);
        const status = Number(req.url?.slice(1)) || 200;
        res.writeHead(status, { 'x-request-id': 'nhan-1' }).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const adapter = webhookChannel({ allowPrivateHosts: true, clock: () => new Date('2026-12-03T01:00:00Z') });

  it('posts the JSON payload signed with HMAC-SHA256 of the timestamp and the body', async () => {
    expect(await adapter.send(MESSAGE, { address: `${base}/200`, secret: SECRET }, { timeoutMs: 2000 })).toEqual({ ok: true, providerId: 'nhan-1' });
    const last = received.at(-1)!;
    expect(JSON.parse(last.body)).toEqual(MESSAGE.payload);
    expect(last.headers['x-dongthuan-timestamp']).toBe(String(Date.parse('2026-12-03T01:00:00Z') / 1000));
    expect(last.headers['x-dongthuan-signature']).toBe(`sha256=${signBody(SECRET, last.headers['x-dongthuan-timestamp'] as string, last.body)}`);
    // a receiver with another secret, or a changed body, would not match
    expect(signBody('khoa-khac-khoa-khac', '1', last.body)).not.toBe(signBody(SECRET, '1', last.body));
  });

  it('retries 5xx, 429 and timeouts, not other 4xx', async () => {
    expect(await adapter.send(MESSAGE, { address: `${base}/503`, secret: SECRET }, { timeoutMs: 2000 })).toEqual({ ok: false, retryable: true, reason: 'Máy nhận trả lời mã 503.' });
    expect(await adapter.send(MESSAGE, { address: `${base}/429`, secret: SECRET }, { timeoutMs: 2000 })).toMatchObject({ ok: false, retryable: true });
    expect(await adapter.send(MESSAGE, { address: `${base}/400`, secret: SECRET }, { timeoutMs: 2000 })).toEqual({ ok: false, retryable: false, reason: 'Máy nhận trả lời mã 400.' });
    expect(await adapter.send(MESSAGE, { address: `${base}/slow`, secret: SECRET }, { timeoutMs: 200 })).toMatchObject({ ok: false, retryable: true, reason: expect.stringMatching(/0,2 giây/) });
  });

  it('refuses a private address unless allowed (production), without calling it', async () => {
    const before = received.length;
    const strict = webhookChannel({ allowPrivateHosts: false });
    expect(await strict.send(MESSAGE, { address: `${base}/200`, secret: SECRET }, { timeoutMs: 2000 })).toEqual({ ok: false, retryable: false, reason: 'Không được gửi tới địa chỉ trong mạng nội bộ.' });
    expect(received.length).toBe(before);
  });
});
