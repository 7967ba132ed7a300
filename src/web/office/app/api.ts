/** One field error of a problem+json response. */
export interface FieldError {
  path: string;
  message: string;
}

/** An error answer of the API (problem+json) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** The whole problem body, for extension members such as `duplicateOf` (null when there was none). */
  readonly body: Record<string, unknown> | null;

  constructor(
    status: number,
    title: string,
    detail?: string,
    errors: FieldError[] = [],
    requestId?: string,
    body: Record<string, unknown> | null = null,
  ) {
    super(title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.requestId = requestId;
    this.body = body;
  }
}

/** Options of {@link request}. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** A JSON-serialisable value, or FormData sent as multipart/form-data (the browser sets the boundary). */
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat a 401 as an expired session (session probe, sign-in attempt). */
  allow401?: boolean;
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Stores the CSRF token sent with every non-GET request (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token to send with a request of this method (none for GET, HEAD or before sign-in). */
export function csrfHeader(method: string): string | null {
  return method !== 'GET' && method !== 'HEAD' ? csrfToken : null;
}

/** Tells the session that a request answered 401 (it expired). */
export function reportUnauthorized(): void {
  onUnauthorized?.();
}

/** Registers what happens when any request answers 401 (the session expired). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** Tells whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({ path: String(e.path ?? ''), message: String(e.message ?? '') }));
}

/** The ApiError for an answer's status and its parsed problem+json body (anything else gives a bare error). */
export function problemFrom(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError(status, '');
  return new ApiError(
    status,
    str(body.title) ?? '',
    str(body.detail),
    toFieldErrors(body.errors),
    str(body.requestId),
    body,
  );
}

/** Calls the API with the session cookie and CSRF header; resolves the JSON body or throws ApiError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  let payload: BodyInit | undefined;
  if (options.body instanceof FormData) payload = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(options.body);
  }
  const csrf = csrfHeader(method);
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: payload,
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, '');
  }
  if (!res.ok) {
    let body: unknown = null;
    try {
      const text = await res.text();
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    const problem = problemFrom(res.status, body);
    if (res.status === 401 && !options.allow401) onUnauthorized?.();
    throw problem;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(res.status, '');
  }
}

/** Builds a query string from the defined, non-empty values ("" when none). */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** True when the error is the result of an aborted request. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
