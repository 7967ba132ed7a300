import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DateText, PageHeader } from '../../../../ui';
import { notificationQueries, notificationsApi } from '../api';
import type { AppNotification } from '../api-types';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { NotificationSettings } from '../components/notification-settings';
import { notificationText } from '../components/notification-text';
import { Pager } from '../../../app/components/pager';
import { useI18n } from '../../../app/i18n-context';
import { HrefLink } from '../../../app/components/href-link';
import { useDocumentTitle } from '../../../app/use-document-title';
import '../notifications.css';

const LIMIT = 20;

/** "Thông báo": the person's notifications, newest first, mark one or all read, and how they want to be told. */
export function NotificationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notifications.title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const queryClient = useQueryClient();
  const list = useQuery(notificationQueries.list({ unread: unreadOnly, limit: LIMIT, offset }));
  // the list, the bell and the home page all show what was read
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationQueries.all });
  const markAll = useMutation({ mutationFn: notificationsApi.markAllRead, onSuccess: refresh });
  const markOne = useMutation({ mutationFn: (n: AppNotification) => notificationsApi.markRead(n.id), onSuccess: refresh });
  const markRead = (n: AppNotification) => markOne.mutateAsync(n).catch(() => undefined);

  return (
    <>
      <PageHeader title={t('notifications.title')} description={t('notifications.intro')} />
      <section className="panel" aria-labelledby="notifications-list-title">
        <div className="section-head">
          <h2 id="notifications-list-title">{t('notifications.list')}</h2>
          <div className="section-head__actions">
            <label className="choice">
              <input type="checkbox" checked={unreadOnly} onChange={(e) => { setUnreadOnly(e.target.checked); setOffset(0); }} /> {t('notifications.unreadOnly')}
            </label>
            <Button variant="secondary" size="small" busy={markAll.isPending} disabled={!list.data?.unread} onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
          </div>
        </div>
        <FormError error={markAll.error ?? markOne.error} />
        <AsyncView result={list}>
          {(data) => (
            <>
              <p role="status">{t('notifications.unreadCount', { count: data.unread })}</p>
              {data.items.length === 0 ? (
                <EmptyText text={t(unreadOnly ? 'notifications.emptyUnread' : 'notifications.empty')} />
              ) : (
                <ul className="notice-list">
                  {data.items.map((n) => (
                    <li key={n.id} className={n.isRead ? 'notice' : 'notice notice--unread'}>
                      <div className="notice__body">
                        <p className="notice__text">
                          {n.isRead ? null : <span className="badge">{t('notifications.new')}</span>}{' '}
                          <HrefLink href={n.link} onClick={() => { if (!n.isRead) void markRead(n); }}>{notificationText(n, t)}</HrefLink>
                        </p>
                        <p className="notice__meta">
                          <DateText value={n.updatedAt} withTime />
                        </p>
                      </div>
                      {n.isRead ? (
                        <span className="badge badge--muted">{t('notifications.read')}</span>
                      ) : (
                        <Button variant="secondary" size="small" onClick={() => void markRead(n)} aria-label={`${t('notifications.markRead')}: ${notificationText(n, t)}`}>
                          {t('notifications.markRead')}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <Pager total={data.total} offset={offset} limit={LIMIT} onChange={setOffset} busy={list.isFetching} />
            </>
          )}
        </AsyncView>
      </section>
      <NotificationSettings />
    </>
  );
}
