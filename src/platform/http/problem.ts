import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../errors';
import { vietnameseValidationErrors } from './validation';

/** The RFC 9457 body we send for every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  requestId: string;
}

// The database cannot be reached or cannot write (connection lost, shutting down, too many connections, disk full),
// or the file store is full or read-only: the request may succeed later, so 503 with Retry-After, not a 500.
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3]|58)/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN', 'ENOSPC', 'EDQUOT', 'EROFS']);
const UNAVAILABLE_MESSAGE = /connection terminated|timeout exceeded when trying to connect|connection error|pglite is closed|database system is (starting up|shutting down|in recovery)|no space left on device|could not (extend|write to) file/i;
export const RETRY_AFTER_SECONDS = 30;

/** True when `err` (or an error it wraps) says the database or the disk is out of service for now. */
export function isUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && ((/^[0-9A-Z]{5}$/.test(e.code) && UNAVAILABLE_SQLSTATE.test(e.code)) || UNAVAILABLE_ERRNO.has(e.code))) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/** Maps any thrown value to an AppError; unknown errors become a 500 without internals. */
export function toAppError(err: unknown): AppError {
  if (isAppError(err)) return err;
  if (isUnavailable(err)) {
    return new AppError('temporarily-unavailable', 'Hệ thống tạm thời không lưu hoặc đọc được dữ liệu. Vui lòng thử lại sau ít phút.', { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
  const e = err as FastifyError & { validation?: unknown[]; validationContext?: string };
  if (e?.validation) {
    return new AppError('validation', 'Dữ liệu gửi lên không hợp lệ.', {
      errors: vietnameseValidationErrors(e.validation as never, e.validationContext ?? 'body'),
    });
  }
  switch (e?.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('bad-request', 'Nội dung JSON không hợp lệ.', { detail: 'Kiểm tra lại cú pháp JSON của yêu cầu.' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload-too-large', 'Dữ liệu gửi lên quá lớn.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported-media-type', 'Kiểu nội dung không được hỗ trợ.');
    case 'FST_ERR_RATE_LIMIT_EXCEEDED':
      return new AppError('too-many', 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.');
    // @fastify/static refuses a path it cannot check against the folder (a segment longer than the file system
    // allows, a non-canonical form): no such file is served, so the answer is the one for any missing file
    case 'FST_STATIC_FORBIDDEN_PATH':
      return new AppError('not-found', 'Không tìm thấy trang hoặc tài nguyên yêu cầu.');
  }
  if (e instanceof SyntaxError || e?.statusCode === 400) {
    return new AppError('bad-request', 'Yêu cầu không hợp lệ.');
  }
  if (e?.statusCode === 413) return new AppError('payload-too-large', 'Dữ liệu gửi lên quá lớn.');
  if (e?.statusCode === 415) return new AppError('unsupported-media-type', 'Kiểu nội dung không được hỗ trợ.');
  if (e?.statusCode === 404) return new AppError('not-found', 'Không tìm thấy trang hoặc tài nguyên yêu cầu.');
  // a Range header the file cannot satisfy ("bytes=", "bytes=10-0", past the end), refused by @fastify/send
  if (e?.statusCode === 416) return new AppError('range-not-satisfiable', 'Phạm vi dữ liệu yêu cầu (Range) không có trong tệp này.');
  if (e?.statusCode === 429) return new AppError('too-many', 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.');
  return new AppError('unavailable', 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.');
}

/** Sends an AppError as application/problem+json. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, appError: AppError): FastifyReply {
  const status = appError.code === 'unavailable' || appError.code === 'config' ? 500 : appError.status;
  const body: Problem = {
    type: `https://dongthuan.gov.vn/problems/${appError.code}`,
    title: appError.message,
    status,
    requestId: String(request.id),
  };
  if (appError.options.detail) body.detail = appError.options.detail;
  if (appError.options.errors?.length) body.errors = appError.options.errors;
  if (appError.options.retryAfterSeconds) reply.header('retry-after', String(appError.options.retryAfterSeconds));
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}
