/** Back-office messages of accounts: forced password change, roles, forgotten password, first-run checklist. */
export const accountEntries = {
  'session.mustChangeOnly': ['Mật khẩu này do quản trị viên đặt. Hãy chọn mật khẩu của riêng bạn ở dưới; sau đó mọi chức năng sẽ mở lại.', 'An administrator set this password. Choose your own below; everything else opens again afterwards.'],
} as const satisfies Record<string, readonly [string, string]>;
