import { definePolicy, type Actor } from '../../platform/auth';

const isUser = (a: Actor) => a.kind === 'user';

/** Every signed-in person has a home page and their own notifications; nobody reads another person's. */
export const notificationsPolicy = definePolicy({
  'home.read': isUser,
  'notifications.own': isUser,
});
