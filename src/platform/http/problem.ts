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

/** Maps any thrown value to an AppError; unknown errors become a 500 without internals. */
export function toAppError(err: unknown): AppError {
  if (isAppError(err)) return err;
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
  }
  if (e instanceof SyntaxError || e?.statusCode === 400) {
    return new AppError('bad-request', 'Yêu cầu không hợp lệ.');
  }
  if (e?.statusCode === 413) return new AppError('payload-too-large', 'Dữ liệu gửi lên quá lớn.');
  if (e?.statusCode === 415) return new AppError('unsupported-media-type', 'Kiểu nội dung không được hỗ trợ.');
  if (e?.statusCode === 404) return new AppError('not-found', 'Không tìm thấy trang hoặc tài nguyên yêu cầu.');
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
