import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { ANONYMOUS } from '../auth';
import { createHttpApp } from './app';

async function appTrusting(trustProxy?: string) {
  const app = await createHttpApp({ db: null as never, logLevel: 'silent', trustProxy, lookupSession: async () => null });
  app.get('/ip', { config: { access: 'public' } }, async (request) => ({ ip: request.ip, anonymous: request.actor === ANONYMOUS }));
  return app;
}

describe('client address behind a proxy', () => {
  it('believes X-Forwarded-For only from a proxy on this host by default, so a remote client cannot pick its address', async () => {
    const app = await appTrusting(loadConfig({}).trustProxy);
    const viaLocalProxy = await app.inject({ url: '/ip', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(viaLocalProxy.json().ip).toBe('203.0.113.7');
    const spoofed = await app.inject({ url: '/ip', remoteAddress: '198.51.100.20', headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(spoofed.json().ip).toBe('198.51.100.20');
    // a client that writes its own header in front of the proxy's gets the address the proxy saw
    const prefixed = await app.inject({ url: '/ip', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '1.2.3.4, 203.0.113.8' } });
    expect(prefixed.json().ip).toBe('203.0.113.8');
    await app.close();
  });

  it('takes the proxies named in TRUST_PROXY, and refuses to trust everyone', async () => {
    const app = await appTrusting(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).trustProxy);
    expect((await app.inject({ url: '/ip', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': '203.0.113.9' } })).json().ip).toBe('203.0.113.9');
    expect((await app.inject({ url: '/ip', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } })).json().ip).toBe('127.0.0.1');
    await app.close();
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/ai cũng giả được/);
    for (const bad of ['foo', 'false', '10.0.0.0/33', '10.0.0.1 10.0.0.2', '1']) expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY không hợp lệ/);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5 , fd00::/8,loopback' }).trustProxy).toBe('10.0.0.5,fd00::/8,loopback');
  });
});
