import { describe, expect, it } from 'vitest';
import { bellPolls } from './notification-bell';

const me = (mustChangePassword: boolean) => ({ user: { id: 'u1', username: 'lanhdao', displayName: 'Lãnh đạo', email: null, mustChangePassword } });

describe('the notification bell', () => {
  it('does not ask for the unread count while the temporary password must be changed (the server answers 403)', () => {
    expect(bellPolls(me(true))).toBe(false);
  });

  it('asks for it once the person has chosen their own password', () => {
    expect(bellPolls(me(false))).toBe(true);
  });
});
