import { useQuery } from '@tanstack/react-query';
import { notificationQueries } from '../api';
import { useI18n } from '../../../app/i18n-context';
import type { Me } from '../../../app/api-types';
import { Link, paths, usePathname } from '../../../app/router';
import { useMe } from '../../../app/session';
import '../notifications.css';

/**
 * Whether the bell may ask for the unread count: not while the person must first replace a temporary password
 * (the server refuses every other call until then, accounts/session-gate.ts, and each poll would be a 403).
 */
export function bellPolls(me: Pick<Me, 'user'>): boolean {
  return !me.user.mustChangePassword;
}

/** The bell in the header: a link to the notifications page with the number of unread notifications. */
export function NotificationBell() {
  const { t } = useI18n();
  const pathname = usePathname();
  const polls = bellPolls(useMe());
  // polled each minute and refreshed when a notification is read; a failed poll (network, a session just ended)
  // keeps the last count: the bell is a hint
  const unread = useQuery({ ...notificationQueries.unread(), enabled: polls, retry: false }).data?.unread ?? null;

  // the name read out is the visible word plus what the badge means (axe: the visible text is part of the name)
  const shown = polls ? unread : null;
  const detail = shown ? t('bell.unreadDetail', { count: shown }) : t('bell.noneDetail');
  return (
    <Link to={paths.notifications} className="bell" title={`${t('bell.label')}${detail}`}
      aria-current={pathname.replace(/\/+$/, '') === paths.notifications.to ? 'page' : undefined}>
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span>{t('bell.label')}</span>
      {shown ? <span className="bell__count" aria-hidden="true">{shown > 99 ? '99+' : shown}</span> : null}
      <span className="dt-visually-hidden">{detail}</span>
    </Link>
  );
}
