/** One step of the administrator's first run (GET /api/v1/setup/checklist). */
export interface ChecklistItem {
  key: 'admin-password' | 'directory' | 'coordinator' | 'unit-users' | 'plan' | 'smtp' | 'audit-key';
  done: boolean;
  /** Vietnamese label and detail from the server (the office shows its own translation when it has one). */
  label: string;
  detail: string;
  /** Office path where the step is done. */
  link: string;
  count: number | null;
  total: number | null;
}

/** Body of PATCH /api/v1/users/:id (only the fields sent change). */
export interface UserPatch {
  displayName?: string;
  email?: string | null;
  isDisabled?: boolean;
}
