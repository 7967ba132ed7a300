/** A JSON schema as /api/openapi.json writes a request body (the TypeBox subset the routes use). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  default?: unknown;
}

/**
 * The smallest value that `schema` accepts: every required property, the first choice of a union or an enum, and
 * strings, dates and e-mail addresses that pass their format and length. `hint(path)` may name a better value for
 * a property (an id of an existing record, a real date) — the path is the property names from the root, dot-joined.
 */
export function sampleOf(schema: JsonSchema, hint: (path: string) => unknown = () => undefined, path = ''): unknown {
  const hinted = hint(path);
  if (hinted !== undefined) return hinted;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) return sampleOf(union.find((s) => s.type !== 'null') ?? union[0]!, hint, path);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => sampleOf(s, hint, path)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        const property = schema.properties?.[key];
        if (property) out[key] = sampleOf(property, hint, path ? `${path}.${key}` : key);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, (_, i) => sampleOf(schema.items ?? {}, hint, `${path}.${i}`));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string': {
      if (schema.format === 'date') return '2026-06-01';
      if (schema.format === 'date-time') return '2026-06-01T08:00:00+07:00';
      if (schema.format === 'email') return 'kiem.thu@example.vn';
      const text = 'Nội dung kiểm thử';
      const min = schema.minLength ?? 1;
      const long = text.length >= min ? text : text.padEnd(min, '.');
      return schema.maxLength !== undefined ? long.slice(0, Math.max(min, Math.min(long.length, schema.maxLength))) : long;
    }
    default:
      return null;
  }
}
