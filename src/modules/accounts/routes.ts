import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated, notFound } from '../../platform/errors';
import { SESSION_COOKIE, type App } from '../../platform/http';
import { NoContent } from '../../platform/http/responses';
import { getDirectory } from '../organisations';
import { createUser } from './actions/create-user';
import { auditRoutes } from './audit-routes';
import { recoveryRoutes } from './recovery-routes';
import { changeOwnPassword, resetPassword, setUserRoles, updateUserAccount } from './actions/manage-user';
import { signIn } from './actions/sign-in';
import { signOut } from './actions/sign-out';
import { presentMe, presentUser } from './present';
import { findUserById, listUsers, rolesOfUsers } from './repo';
import { ChangePasswordBody, CreateUserBody, Me, PatchUserBody, ResetPasswordBody, RolesBody, SignInBody, User } from './schemas';
import { lookupSession } from './sessions';

const tags = ['Tài khoản'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

/**
 * Sign-in, the current session, password change, user administration; the forgotten-password flow and the
 * first-run checklist (recovery-routes.ts); the audit log (audit-routes.ts).
 */
export async function accountRoutes(app: App, opts: { ttlHours: number; secureCookies: boolean; publicUrl?: string }): Promise<void> {
  const unitNamer = async () => {
    const dir = await getDirectory(app.db);
    return (id: string) => dir.unit(id)?.name ?? null;
  };
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });

  async function sendMe(request: FastifyRequest, reply: FastifyReply, token?: string) {
    const session = token ? await lookupSession(app.db, token, opts.ttlHours) : request.actor.kind === 'user' ? { actor: request.actor, csrfToken: request.csrfToken! } : null;
    if (!session || session.actor.kind !== 'user') throw unauthenticated();
    const user = await findUserById(app.db, session.actor.userId);
    if (!user) throw unauthenticated();
    return reply.send(presentMe(user, session.actor, session.csrfToken, await unitNamer()));
  }

  app.get('/api/v1/session', {
    config: { access: 'session' },
    schema: { tags, summary: 'Phiên đăng nhập hiện tại', response: { 200: Me } },
    handler: (request, reply) => sendMe(request, reply),
  });

  app.post('/api/v1/session', {
    // a whole office signs in from one address (NAT) at 8 o'clock: failures are throttled per address and user
    // name (ADR 004); this limit only caps the request rate of one address
    config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Đăng nhập', body: SignInBody, response: { 200: Me } },
    // JSON only: another site can post a form here without asking, but not JSON (that needs a CORS preflight we
    // never grant), so a page elsewhere cannot sign a visitor into an account of its choosing
    preValidation: async (request) => {
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
        throw new AppError('unsupported-media-type', 'Đăng nhập chỉ nhận dữ liệu JSON từ trang quản trị.');
      }
    },
    handler: async (request, reply) => {
      const { token } = await signIn({ db: app.db, username: request.body.username, password: request.body.password, ip: request.ip, userAgent: request.headers['user-agent'] ?? null, ttlHours: opts.ttlHours, requestId: request.id });
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies });
      return sendMe(request, reply, token);
    },
  });

  app.delete('/api/v1/session', {
    config: { access: 'session' },
    schema: { tags, summary: 'Đăng xuất', response: { 204: NoContent } },
    handler: async (request, reply) => {
      await signOut(ctx(request), request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/session/password', {
    config: { access: { ability: 'account.self' } },
    schema: { tags, summary: 'Đổi mật khẩu', body: ChangePasswordBody, response: { 204: NoContent } },
    handler: async (request, reply) => {
      await changeOwnPassword(ctx(request), request.sessionTokenHash, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  });

  async function userView(id: string) {
    const user = await findUserById(app.db, id);
    if (!user) throw notFound('tài khoản');
    const roles = (await rolesOfUsers(app.db, [id])).get(id) ?? [];
    return presentUser(user, roles, await unitNamer());
  }

  app.get('/api/v1/users', {
    config: { access: { ability: 'users.read' } },
    schema: {
      tags, summary: 'Danh sách tài khoản',
      querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })), limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }), offset: Type.Integer({ minimum: 0, default: 0 }) }),
      response: { 200: Type.Object({ items: Type.Array(User), total: Type.Integer() }) },
    },
    handler: async (request) => {
      const page = await listUsers(app.db, { q: request.query.q?.trim() || undefined, limit: request.query.limit, offset: request.query.offset });
      const roles = await rolesOfUsers(app.db, page.items.map((u) => u.id));
      const namer = await unitNamer();
      return { items: page.items.map((u) => presentUser(u, roles.get(u.id) ?? [], namer)), total: page.total };
    },
  });

  app.post('/api/v1/users', {
    config: { access: { ability: 'users.write' } },
    schema: { tags, summary: 'Tạo tài khoản', body: CreateUserBody, response: { 201: User } },
    handler: async (request, reply) => {
      // the administrator knows the password they typed: the person chooses their own at first sign-in, unless told otherwise
      const id = await createUser(ctx(request), { ...request.body, mustChangePassword: request.body.mustChangePassword ?? true });
      return reply.status(201).send(await userView(id));
    },
  });

  app.patch('/api/v1/users/:id', {
    config: { access: { ability: 'users.write' } },
    schema: { tags, summary: 'Sửa, khoá hoặc mở khoá tài khoản', params: IdParams, body: PatchUserBody, response: { 200: User } },
    handler: async (request) => {
      await updateUserAccount(ctx(request), request.params.id, request.body);
      return userView(request.params.id);
    },
  });

  app.put('/api/v1/users/:id/roles', {
    config: { access: { ability: 'users.write' } },
    schema: { tags, summary: 'Đặt vai trò của tài khoản', params: IdParams, body: RolesBody, response: { 200: User } },
    handler: async (request) => {
      await setUserRoles(ctx(request), request.params.id, request.body.roles);
      return userView(request.params.id);
    },
  });

  app.post('/api/v1/users/:id/password', {
    config: { access: { ability: 'users.write' } },
    schema: { tags, summary: 'Đặt lại mật khẩu', params: IdParams, body: ResetPasswordBody, response: { 204: NoContent } },
    handler: async (request, reply) => {
      await resetPassword(ctx(request), { userId: request.params.id }, request.body.newPassword);
      return reply.status(204).send(null);
    },
  });

  await recoveryRoutes(app, { publicUrl: opts.publicUrl ?? 'http://localhost:3000' });
  await auditRoutes(app);
}
