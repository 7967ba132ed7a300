/**
 * Errors the application raises on purpose. Each carries a stable code, an HTTP status and a message that can be
 * shown to the person who caused it (Vietnamese on user-facing paths). Anything else is a bug and becomes a 500
 * whose body never echoes internals.
 */
export type ErrorCode =
  | 'bad-request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf'
  | 'not-found'
  | 'conflict'
  | 'too-many'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'range-not-satisfiable'
  | 'unavailable'
  | 'temporarily-unavailable'
  | 'config';

const STATUS: Record<ErrorCode, number> = {
  'bad-request': 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  'not-found': 404,
  conflict: 409,
  'too-many': 429,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'range-not-satisfiable': 416,
  unavailable: 503,
  'temporarily-unavailable': 503,
  config: 500,
};

export interface FieldError {
  path: string;
  message: string;
}

/** An expected failure with a message meant for a person. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { detail?: string; errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

/** True when `e` is an AppError (also across module instances). */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (e instanceof Error && e.name === 'AppError' && 'code' in e && 'status' in e);
}

export const notFound = (what: string) => new AppError('not-found', `Không tìm thấy ${what}.`);
export const forbidden = () => new AppError('forbidden', 'Bạn không có quyền thực hiện thao tác này.');
export const unauthenticated = (message = 'Bạn cần đăng nhập để tiếp tục.') => new AppError('unauthenticated', message);
