import { CHANNELS, DEFAULT_CHANNEL, DEFAULT_CHANNELS, DEFAULT_ROUND_CLOSING_DAYS, KINDS, type Channel, type Kind } from './kinds';
import type { SettingsRow } from './repo';

/** The channel a person chose for a kind (the kind's default when they never chose). */
export function channelOf(settings: Pick<SettingsRow, 'channels'> | undefined, kind: string): Channel {
  const chosen = settings?.channels[kind];
  if (CHANNELS.includes(chosen as Channel)) return chosen as Channel;
  return Object.hasOwn(DEFAULT_CHANNELS, kind) ? DEFAULT_CHANNELS[kind as Kind] : DEFAULT_CHANNEL;
}

/** How many days before a round's end the person wants to hear of it. */
export function closingDaysOf(settings: Pick<SettingsRow, 'roundClosingDays'> | undefined): number {
  return settings?.roundClosingDays ?? DEFAULT_ROUND_CLOSING_DAYS;
}

/** Every kind with its channel, for the settings page. */
export function channelsOf(settings: Pick<SettingsRow, 'channels'> | undefined): Record<Kind, Channel> {
  return Object.fromEntries(KINDS.map((k) => [k, channelOf(settings, k)])) as Record<Kind, Channel>;
}
