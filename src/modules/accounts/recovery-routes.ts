import { Type } from 'typebox';
import type { App } from '../../platform/http';
import { NoContent } from '../../platform/http/responses';
import { NEUTRAL_ANSWER, requestPasswordReset } from './actions/request-password-reset';
import { resetPasswordWithToken } from './actions/reset-password-with-token';
import { setupChecklist } from './setup-checklist';

const tags = ['Tài khoản'];

/** The forgotten-password flow (public) and the administrator's first-run checklist. */
export async function recoveryRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  app.post('/api/v1/password-reset/request', {
    config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      tags, summary: 'Quên mật khẩu: gửi liên kết đặt lại tới thư điện tử của tài khoản (câu trả lời luôn như nhau)',
      body: Type.Object({ identifier: Type.String({ minLength: 1, maxLength: 200, description: 'Tên đăng nhập hoặc địa chỉ thư điện tử' }) }, { additionalProperties: false }),
      response: { 202: Type.Object({ message: Type.String() }) },
    },
    handler: async (request, reply) => {
      await requestPasswordReset({ db: app.db, identifier: request.body.identifier, ip: request.ip, publicUrl: opts.publicUrl, requestId: request.id });
      return reply.status(202).send({ message: NEUTRAL_ANSWER });
    },
  });

  app.post('/api/v1/password-reset', {
    config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      tags, summary: 'Đặt mật khẩu mới bằng liên kết trong thư (dùng một lần); mọi phiên đăng nhập của tài khoản kết thúc',
      body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 204: NoContent },
    },
    handler: async (request, reply) => {
      await resetPasswordWithToken({ db: app.db, token: request.body.token, newPassword: request.body.newPassword, ip: request.ip, requestId: request.id });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/setup/checklist', {
    config: { access: { ability: 'users.write' } },
    schema: {
      tags, summary: 'Việc cần làm khi bắt đầu dùng hệ thống (dành cho quản trị viên)',
      response: {
        200: Type.Object({
          items: Type.Array(Type.Object({
            key: Type.String(),
            done: Type.Boolean(),
            label: Type.String(),
            detail: Type.String(),
            link: Type.String(),
            count: Type.Union([Type.Integer(), Type.Null()]),
            total: Type.Union([Type.Integer(), Type.Null()]),
          })),
        }),
      },
    },
    handler: async (request) => ({ items: await setupChecklist({ db: app.db, actor: request.actor, requestId: request.id }) }),
  });
}
