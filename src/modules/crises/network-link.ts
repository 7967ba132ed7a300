import type { Executor } from '../../platform/db';
import { broadcastStatus, listGroups } from '../network';

/** The network groups a crisis may notify, by name. */
export async function groupOptions(db: Executor): Promise<{ id: string; name: string }[]> {
  return (await listGroups(db)).map((g) => ({ id: g.id, name: g.name }));
}

const PARTS: [key: 'read' | 'sent' | 'queued' | 'retrying' | 'failed', label: string][] = [
  ['sent', 'đã gửi'],
  ['read', 'đã đọc'],
  ['queued', 'đang chờ gửi'],
  ['retrying', 'gửi lại sau'],
  ['failed', 'không gửi được'],
];

/** A broadcast's group and its deliveries in one line ("3 đã gửi, 1 đã đọc, 1 không gửi được"). */
export async function broadcastSummary(db: Executor, broadcastId: string): Promise<{ groupName: string; statusLabel: string }> {
  const b = await broadcastStatus(db, broadcastId);
  if (!b) return { groupName: '—', statusLabel: 'Không tìm thấy lần gửi' };
  const parts = PARTS.filter(([k]) => b.totals[k] > 0).map(([k, label]) => `${b.totals[k]} ${label}`);
  return { groupName: b.groupName, statusLabel: parts.length ? parts.join(', ') : 'Chưa có lượt gửi' };
}
