import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::1', 128], ['::', 128], ['fc00::', 7], ['fe80::', 10]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

/**
 * Why an outgoing address may not be called, in Vietnamese; null when it may. Production refuses hosts inside the
 * private network (whoever sets a webhook could otherwise probe it); tests allow 127.0.0.1.
 */
export async function outgoingAddressProblem(url: string, allowPrivateHosts: boolean): Promise<string | null> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'Địa chỉ không hợp lệ.';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'Chỉ dùng địa chỉ http hoặc https.';
  if (allowPrivateHosts) return null;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  try {
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
    if (addresses.some((a) => PRIVATE.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'))) return 'Không được gửi tới địa chỉ trong mạng nội bộ.';
  } catch {
    return 'Không tìm thấy máy chủ của địa chỉ.';
  }
  return null;
}
