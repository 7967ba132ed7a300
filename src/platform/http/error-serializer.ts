/**
 * The log's `err` serializer. A failed query carries its parameters (drizzle's DrizzleQueryError puts them in its
 * message and `params`; PGlite's and pg's errors add `detail` such as "Key (email)=(an@example.vn)", `where`, and a
 * message quoting the value refused). A failed comment insert would so write the citizen's name, phone, email and
 * text into the log. Only what identifies the failure is kept: type, SQLSTATE code, table, column, constraint, the
 * SQL text with its placeholders, the number of parameters, and the stack with the message replaced.
 */
const SAFE_DB_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;
const MAX_DEPTH = 5;

type Loose = Error & Record<string, unknown>;

/** The shape pino and Fastify expect of a serialized error. */
export interface SerializedError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}

/** True for an error raised by the database (pg or PGlite): a five-character SQLSTATE or a severity. */
function isDatabaseError(e: Loose): boolean {
  return (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) || typeof e.severity === 'string';
}

/** The message without the values it may quote. */
function safeMessage(e: Loose): string {
  const message = String(e.message ?? '');
  if (typeof e.query === 'string' && 'params' in e) return `Failed query: ${e.query.slice(0, 2000)}`;
  // "invalid input syntax for type uuid: "…"", "duplicate key value violates unique constraint "…"": the constraint
  // is kept in its own field, a quoted value never
  if (isDatabaseError(e)) return message.replace(/"[^"]*"/g, '"…"').replace(/\(([^)]*)\)=\(([^)]*)\)/g, '($1)=(…)');
  return message;
}

/** An error as the log may hold it. */
export function serializeError(err: unknown, depth = 0): SerializedError {
  if (!(err instanceof Error)) return { type: typeof err, message: typeof err === 'string' ? err.slice(0, 200) : 'non-error value thrown', stack: '' };
  const e = err as Loose;
  const message = safeMessage(e);
  const type = (e.constructor?.name && e.constructor.name !== 'Error' ? e.constructor.name : e.name) || 'Error';
  // the stack begins with the original message, which is what is being left out
  const at = typeof e.stack === 'string' ? e.stack.indexOf('\n    at ') : -1;
  const out: SerializedError = { type, message, stack: `${type}: ${message}${at >= 0 ? (e.stack as string).slice(at) : ''}` };
  if (isDatabaseError(e)) {
    for (const field of SAFE_DB_FIELDS) if (typeof e[field] === 'string') out[field] = e[field];
  } else if (typeof e.code === 'string') out.code = e.code;
  if (typeof e.query === 'string') out.query = e.query.slice(0, 2000);
  if (Array.isArray(e.params)) out.paramCount = e.params.length;
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  if (e.cause !== undefined && depth < MAX_DEPTH) out.cause = serializeError(e.cause, depth + 1);
  return out;
}
