import { Type } from 'typebox';
import { ROLES } from '../../platform/auth';

export const RoleGrantSchema = Type.Object(
  { role: Type.Union(ROLES.map((r) => Type.Literal(r))), unitId: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
const RoleView = Type.Object({ role: Type.String(), unitId: Type.String(), unitName: Type.Union([Type.String(), Type.Null()]) });

export const Me = Type.Object({
  user: Type.Object({ id: Type.String(), username: Type.String(), displayName: Type.String(), mustChangePassword: Type.Boolean() }),
  roles: Type.Array(RoleView),
  abilities: Type.Record(Type.String(), Type.Boolean()),
  csrfToken: Type.String(),
});

export const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  personId: Type.Union([Type.String(), Type.Null()]),
  isDisabled: Type.Boolean(),
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
    password: Type.String({ minLength: 1, maxLength: 200 }),
    personId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    roles: Type.Array(RoleGrantSchema, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export const PatchUserBody = Type.Object(
  { displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), isDisabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const RolesBody = Type.Object({ roles: Type.Array(RoleGrantSchema, { maxItems: 50 }) }, { additionalProperties: false });
export const ResetPasswordBody = Type.Object({ newPassword: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
