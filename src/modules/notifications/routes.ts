import type { FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { App } from '../../platform/http';
import { AppError } from '../../platform/errors';
import { todayVn } from '../../platform/text';
import { markAllNotificationsRead, markNotificationRead } from './actions/mark-read';
import { saveNotificationSettings } from './actions/save-settings';
import { computeHome } from './home';
import { MAX_ROUND_CLOSING_DAYS } from './kinds';
import { contactsOfUsers, countUnread, notificationsOfUser, settingsOf, type NotificationView } from './repo';
import { Home, IdParams, ListQuery, MarkAllResult, Notification, NotificationList, Settings, SettingsBody, UnreadCount } from './schemas';
import { channelsOf, closingDaysOf } from './settings';

const tags = ['Thông báo'];

const present = (n: NotificationView): Static<typeof Notification> => ({
  id: n.id,
  kind: n.kind,
  params: n.params,
  count: n.count,
  link: n.link,
  createdAt: new Date(n.createdAt).toISOString(),
  updatedAt: new Date(n.updatedAt).toISOString(),
  isRead: n.readAt !== null,
});

/** The home page's "what waits for me", a person's notifications, and their notification settings. */
export async function notificationRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const userIdOf = (request: FastifyRequest) => {
    if (request.actor.kind !== 'user') throw new AppError('forbidden', 'Chỉ người dùng đã đăng nhập mới có thông báo.');
    return request.actor.userId;
  };

  app.get('/api/v1/home', {
    config: { access: { ability: 'home.read' } },
    schema: { tags, summary: 'Việc đang chờ tôi: số lượng và vài mục đầu, theo vai trò', response: { 200: Home } },
    handler: async (request) => computeHome(app.db, request.actor, todayVn()),
  });

  app.get('/api/v1/notifications', {
    config: { access: { ability: 'notifications.own' } },
    schema: { tags, summary: 'Thông báo của tôi, mới nhất trước', querystring: ListQuery, response: { 200: NotificationList } },
    handler: async (request) => {
      const page = await notificationsOfUser(app.db, userIdOf(request), { unreadOnly: request.query.unread === true, limit: request.query.limit, offset: request.query.offset });
      return { items: page.items.map(present), total: page.total, unread: page.unread };
    },
  });

  app.get('/api/v1/notifications/unread-count', {
    config: { access: { ability: 'notifications.own' } },
    schema: { tags, summary: 'Số thông báo chưa đọc (chuông ở đầu trang)', response: { 200: UnreadCount } },
    handler: async (request) => ({ unread: await countUnread(app.db, userIdOf(request)) }),
  });

  app.post('/api/v1/notifications/:id/read', {
    config: { access: { ability: 'notifications.own', scope: 'own' } },
    schema: { tags, summary: 'Đánh dấu một thông báo đã đọc', params: IdParams, response: { 200: UnreadCount } },
    handler: async (request) => markNotificationRead(ctx(request), request.params.id),
  });

  app.post('/api/v1/notifications/read-all', {
    config: { access: { ability: 'notifications.own' } },
    schema: { tags, summary: 'Đánh dấu tất cả thông báo đã đọc', response: { 200: MarkAllResult } },
    handler: async (request) => markAllNotificationsRead(ctx(request)),
  });

  app.get('/api/v1/notifications/settings', {
    config: { access: { ability: 'notifications.own' } },
    schema: { tags, summary: 'Cách tôi nhận từng loại thông báo', response: { 200: Settings } },
    handler: async (request) => {
      const userId = userIdOf(request);
      const [settings, contacts] = await Promise.all([settingsOf(app.db, [userId]), contactsOfUsers(app.db, [userId])]);
      const s = settings.get(userId);
      return { channels: channelsOf(s), roundClosingDays: closingDaysOf(s), maxRoundClosingDays: MAX_ROUND_CLOSING_DAYS, hasEmail: Boolean(contacts[0]?.email) };
    },
  });

  app.put('/api/v1/notifications/settings', {
    config: { access: { ability: 'notifications.own' } },
    schema: { tags, summary: 'Lưu cách nhận thông báo', body: SettingsBody, response: { 200: Settings } },
    handler: async (request) => {
      const saved = await saveNotificationSettings(ctx(request), request.body);
      const contacts = await contactsOfUsers(app.db, [userIdOf(request)]);
      return { ...saved, maxRoundClosingDays: MAX_ROUND_CLOSING_DAYS, hasEmail: Boolean(contacts[0]?.email) };
    },
  });
}
