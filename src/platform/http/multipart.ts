import type { FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { AppError, isAppError } from '../errors';

export interface MultipartUpload {
  files: { field: string; fileName: string; data: Buffer }[];
  fields: Record<string, string>;
  /** Files over the cap, by name (only with keepReadingPastLargeFiles; their bytes are not kept). */
  tooLarge: string[];
}

/** Reads a multipart form fully (files are small documents here), with a Vietnamese error for each limit. */
export async function readMultipart(request: FastifyRequest, opts: { maxFileBytes: number; keepReadingPastLargeFiles?: boolean }): Promise<MultipartUpload> {
  if (!request.isMultipart()) throw new AppError('unsupported-media-type', 'Cần gửi tệp dưới dạng multipart/form-data.');
  const out: MultipartUpload = { files: [], fields: {}, tooLarge: [] };
  try {
    // a form page keeps reading past a file over the cap (named in tooLarge, its bytes dropped), so what was typed
    // after it comes back with the error; an API refuses the request at once
    // (the plugin reads throwFileSizeLimit for parts() too; its types list it for file() only)
    const partOptions = { limits: { fileSize: opts.maxFileBytes, files: 10, fields: 20, fieldSize: 1024 * 1024 }, throwFileSizeLimit: !opts.keepReadingPastLargeFiles };
    for await (const part of request.parts(partOptions)) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.file.truncated) {
          out.tooLarge.push(part.filename);
          continue;
        }
        out.files.push({ field: part.fieldname, fileName: part.filename, data });
      } else {
        out.fields[part.fieldname] = String(part.value);
      }
    }
  } catch (e) {
    if (isAppError(e)) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('payload-too-large', `Tệp quá lớn: tối đa ${Math.round(opts.maxFileBytes / 1024 / 1024)} MB.`);
    // anything else while reading the parts is the body's fault: no boundary, cut short, a malformed header
    request.log.info({ reason: (e as Error).message }, 'multipart body refused');
    throw new AppError('bad-request', 'Dữ liệu tải lên không hợp lệ hoặc bị cắt ngang. Vui lòng gửi lại.');
  }
  const texts = [...Object.keys(out.fields), ...Object.values(out.fields), ...out.files.map((f) => f.fileName)];
  if (texts.some((t) => t.includes('\0'))) throw new AppError('bad-request', 'Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).');
  return out;
}
