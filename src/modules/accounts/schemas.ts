import { Type } from 'typebox';
import { ROLES } from '../../platform/auth';

export const RoleGrantSchema = Type.Object(
  { role: Type.Union(ROLES.map((r) => Type.Literal(r))), unitId: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
const RoleView = Type.Object({ role: Type.String(), unitId: Type.String(), unitName: Type.Union([Type.String(), Type.Null()]) });

export const Me = Type.Object({
  user: Type.Object({ id: Type.String(), username: Type.String(), displayName: Type.String(), email: Type.Union([Type.String(), Type.Null()]), mustChangePassword: Type.Boolean() }),
  roles: Type.Array(RoleView),
  abilities: Type.Record(Type.String(), Type.Boolean()),
  csrfToken: Type.String(),
});

export const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  personId: Type.Union([Type.String(), Type.Null()]),
  isDisabled: Type.Boolean(),
  mustChangePassword: Type.Boolean({ description: 'Mật khẩu do quản trị viên đặt; người dùng phải đổi trước khi làm việc khác' }),
  lastSignInAt: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(RoleView),
});

export const SignInBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export const CreateUserBody = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 50 }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    mustChangePassword: Type.Optional(Type.Boolean({ description: 'Bắt đổi mật khẩu ở lần đăng nhập đầu; mặc định true (quản trị viên biết mật khẩu đã đặt)' })),
    personId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    roles: Type.Array(RoleGrantSchema, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export const PatchUserBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    email: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    isDisabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const RolesBody = Type.Object({ roles: Type.Array(RoleGrantSchema, { maxItems: 50 }) }, { additionalProperties: false });
export const ResetPasswordBody = Type.Object({ newPassword: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
