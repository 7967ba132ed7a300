import { ApiError } from './api';
import type { Translate } from './i18n';

/** Returns the message to show for a failed request: the server's Vietnamese title, or a generic text. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common.network');
    if (error.title) return error.title;
    return error.status >= 500 ? t('common.serverError', { status: error.status }) : t('common.loadError');
  }
  return t('common.unexpected');
}

/** Returns the server's longer explanation of a failed request, if it gave one. */
export function errorDetail(error: unknown): string | undefined {
  return error instanceof ApiError && error.detail && error.detail !== error.title ? error.detail : undefined;
}

/** Reduces a problem path ("/body/fullName", "body.fullName", "fullName", "/roles/0/unitId") to "fullName" or "roles.0.unitId". */
export function fieldKey(path: string): string {
  return path
    .replace(/^[/#.]+/, '')
    .split(/[/.]/)
    .filter((part) => part !== '' && part !== 'body')
    .join('.');
}

/** Groups the field errors of an ApiError by field key (first message wins). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.errors) {
    const key = fieldKey(e.path);
    if (!(key in out)) out[key] = e.message;
  }
  return out;
}
