import createClient from 'openapi-fetch';
import type { paths } from '../contract/api.gen';
import { ApiError, csrfHeader, problemFrom, reportUnauthorized } from './api';

/**
 * The typed API client (openapi-fetch over the generated contract, ADR 006): paths, parameters, bodies and
 * answers are checked against `contract/api.gen.ts`, so a call the server would not understand does not compile.
 * Every feature's `api.ts` calls the server through it and unwraps the answer with {@link ok}.
 */
export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin', headers: { accept: 'application/json, application/problem+json' } });

client.use({
  onRequest({ request }) {
    const csrf = csrfHeader(request.method);
    if (csrf) request.headers.set('x-csrf-token', csrf);
    return request;
  },
});

/** Options of {@link ok}. */
export interface OkOptions {
  /** Do not treat a 401 as an expired session (session probe, sign-in attempt). */
  allow401?: boolean;
}

/** What openapi-fetch resolves with. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Waits for a call of {@link client}: its data, or an ApiError (problem+json, or status 0 when the network failed). */
export async function ok<T>(call: Promise<Answer<T>>, options: OkOptions = {}): Promise<Exclude<T, undefined>> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, '');
  }
  const { data, error, response } = answer;
  if (!response.ok) {
    if (response.status === 401 && !options.allow401) reportUnauthorized();
    throw problemFrom(response.status, error);
  }
  return data as Exclude<T, undefined>;
}
