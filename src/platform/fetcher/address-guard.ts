/**
 * The SSRF guard: a feed URL typed by an officer must not reach the machine's own services or the office network.
 * Addresses are checked after DNS resolution, inside the socket's lookup, so a name cannot resolve to a public
 * address for the check and a private one for the connection.
 */
import dns from 'node:dns';
import net from 'node:net';

const blocked = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(prefix, bits, 'ipv4');
for (const [prefix, bits] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32],
] as const) blocked.addSubnet(prefix, bits, 'ipv6');

/** True when the address is loopback, private, link-local, unique-local, multicast or reserved. */
export function isForbiddenAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped !== null) return isForbiddenAddress(mapped[1]!);
  const family = net.isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Thrown by the guarded lookup; the fetcher turns it into the failure 'forbidden-host'. */
export class ForbiddenHostError extends Error {
  constructor(readonly address: string) {
    super('forbidden host');
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses forbidden addresses (all of a name's addresses must be allowed). */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err !== null) return callback(err, '');
    const bad = addresses.find((a) => isForbiddenAddress(a.address));
    if (bad !== undefined) return callback(new ForbiddenHostError(bad.address) as unknown as NodeJS.ErrnoException, '');
    if (options.all === true) return callback(null, addresses);
    const first = addresses[0];
    if (first === undefined) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '');
    callback(null, first.address, first.family);
  });
}
