import type { MessageKey, Translate } from '../../../app/i18n';

/** The name of an enum value of the press module in the interface language (never the code itself). */
export function enumLabel(t: Translate, group: 'kind' | 'complexity' | 'channel' | 'status' | 'sp.kind', value: string | null | undefined): string {
  if (!value) return t('common.dash');
  return t(`press.${group}.${value}` as MessageKey);
}

export const INQUIRY_KINDS = ['press', 'press_forwarded', 'information_request'] as const;
export const CHANNELS = ['post', 'email', 'online', 'in_person', 'phone', 'fax'] as const;
export const STATUSES = ['received', 'assigned', 'answered', 'refused', 'overdue'] as const;
export const SPOKESPERSON_KINDS = ['spokesperson', 'head', 'authorised'] as const;
