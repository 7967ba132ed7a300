import type { Static } from 'typebox';
import { CHANNEL_LABELS, type ChannelId } from '../../platform/channels';
import { carrierOn, type Directory } from '../organisations';
import { LEVEL_LABELS, type Level } from './labels';
import type { FocalPointRow } from './repo';
import type { FocalPoint, Group } from './schemas';
import type { NetworkGroup } from './status';

/** A focal point for the office: its unit then, and the unit carrying that work today (after the 2025 reform). */
export function presentFocalPoint(r: FocalPointRow, dir: Directory, today: string): Static<typeof FocalPoint> {
  const current = carrierOn(dir, r.unitId, today);
  return {
    id: r.id,
    personName: r.personName,
    title: r.title,
    personId: r.personId,
    isInDirectory: r.personId !== null,
    unitId: r.unitId,
    unitName: dir.unit(r.unitId)?.name ?? 'Đơn vị không rõ',
    currentUnitId: current?.id ?? null,
    currentUnitName: current?.name ?? null,
    level: r.level,
    levelLabel: LEVEL_LABELS[r.level as Level]?.[0] ?? 'Đầu mối',
    email: r.email,
    phone: r.phone,
    zaloUserId: r.zaloUserId,
    zaloJoinedOn: r.zaloJoinedOn,
    validFrom: r.validFrom,
    validTo: r.validTo,
    endReason: r.endReason,
    isCurrent: r.validFrom <= today && (r.validTo === null || r.validTo >= today),
  };
}

export function presentGroup(g: NetworkGroup): Static<typeof Group> {
  return { ...g, channelLabels: g.channels.map((c: ChannelId) => CHANNEL_LABELS[c] ?? c) };
}
