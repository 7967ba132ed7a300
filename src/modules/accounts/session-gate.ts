import type { FastifyRequest } from 'fastify';
import type { DB } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { SessionLookup } from '../../platform/http';
import { lookupSession } from './sessions';

/** What a session whose password was set by an administrator may still do: read itself, change it, sign out. */
const ALLOWED_BEFORE_CHANGE = new Set(['GET /api/v1/session', 'DELETE /api/v1/session', 'POST /api/v1/session/password']);

export const MUST_CHANGE_MESSAGE = 'Bạn cần đổi mật khẩu trước khi tiếp tục: mật khẩu hiện tại do quản trị viên đặt (hoặc đặt lại).';

/** True when a session that must change its password may not use this request's route. */
export function isBlockedBeforePasswordChange(request: FastifyRequest): boolean {
  const access = request.routeOptions.config?.access;
  if (!request.routeOptions.url || access === undefined || access === 'public') return false;
  return !ALLOWED_BEFORE_CHANGE.has(`${request.method} ${request.routeOptions.url}`);
}

/**
 * The platform's session lookup, with the accounts rule on top: a user created by an administrator, or whose
 * password an administrator reset, must choose their own before anything else. Enforced here, on every request,
 * so no route can forget it; public routes (the portal) stay as for anyone.
 */
export function sessionLookup(db: DB, ttlHours: number): (token: string, request: FastifyRequest) => Promise<SessionLookup | null> {
  return async (token, request) => {
    const found = await lookupSession(db, token, ttlHours);
    if (found?.mustChangePassword && isBlockedBeforePasswordChange(request)) {
      throw new AppError('forbidden', MUST_CHANGE_MESSAGE, { detail: 'Vào trang "Tài khoản" để đặt mật khẩu mới của riêng bạn.' });
    }
    return found;
  };
}
