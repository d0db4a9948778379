// The app's routes as its OpenAPI document describes them (app.swagger(), served at /api/openapi.json),
// for tests that must cover every route, including routes added later, without being edited: the bad-input
// test sends bad text to every field of every route; a cross-customer test can walk every tenant route.
//
//   for (const route of apiRoutes(app)) {
//     const url = urlOf(route, { id: someCaseId });          // path parameters filled in, the rest sampled
//     const body = route.body?.kind === 'json' ? sampleOf(route.body.schema) : undefined;
//     const withBadTitle = sampleWith(route.body.schema, ['title'], 'x\u0000y');
//   }
//
// Schemas are the JSON Schema the routes declare (TypeBox), as @fastify/swagger writes them: objects,
// arrays, strings with format/enum/length, numbers, booleans, anyOf (Nullable) and const.
import type { FastifyInstance } from 'fastify';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

/** A path into a JSON value: object keys and array indexes (['audience', 'ids', 0]). */
export type FieldPath = (string | number)[];

export interface ApiRoute {
  method: HttpMethod;
  /** The path template as OpenAPI writes it: /api/portal/cases/{id}. */
  path: string;
  summary: string;
  tags: string[];
  /** Whose session the route is for, by its prefix: /api/portal (tenant), /api/backoffice (staff), else public. */
  audience: 'tenant' | 'staff' | 'public';
  pathParams: Parameter[];
  query: Parameter[];
  /** A JSON body and its schema, a multipart upload and its file fields, or no body. */
  body: { kind: 'json'; required: boolean; schema: JsonSchema } | { kind: 'multipart'; fileFields: string[] } | null;
  /** Every place in the JSON body that takes a string (an array's items as index 0); [] without a JSON body. */
  bodyStrings: FieldPath[];
  /** The query parameters whose schema takes a string (on the wire every one is text). */
  queryStrings: string[];
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
}

const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Every documented route of the app (hidden ones, like the document itself, are not in it). */
export function apiRoutes(app: FastifyInstance): ApiRoute[] {
  const doc = app.swagger() as { paths?: Record<string, Record<string, Operation>> };
  const routes: ApiRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = operations[method.toLowerCase()];
      if (!op) continue;
      const params = (where: string) => (op.parameters ?? [])
        .filter((p) => p.in === where)
        .map((p) => ({ name: p.name, required: p.required ?? where === 'path', schema: p.schema ?? {} }));
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const multipart = content['multipart/form-data']?.schema;
      const body: ApiRoute['body'] = json
        ? { kind: 'json', required: op.requestBody?.required ?? false, schema: json }
        : multipart
          ? { kind: 'multipart', fileFields: Object.entries(multipart.properties ?? {}).filter(([, s]) => s.format === 'binary').map(([name]) => name) }
          : null;
      const query = params('query');
      routes.push({
        method, path, summary: op.summary ?? '', tags: op.tags ?? [],
        audience: path.startsWith('/api/portal/') ? 'tenant' : path.startsWith('/api/backoffice/') ? 'staff' : 'public',
        pathParams: params('path'), query, body,
        bodyStrings: json ? stringPaths(json) : [],
        queryStrings: query.filter((p) => takesString(p.schema)).map((p) => p.name),
      });
    }
  }
  return routes;
}

function alternatives(schema: JsonSchema): JsonSchema[] {
  return schema.anyOf ?? schema.oneOf ?? [schema];
}

const isNull = (schema: JsonSchema) => schema.type === 'null';

/** Whether a value of the schema can be a string (also through anyOf, or an array of strings in a query). */
export function takesString(schema: JsonSchema): boolean {
  return alternatives(schema).some((s) => s.type === 'string' || (s.type === 'array' && !!s.items && takesString(s.items)));
}

/** The places in a value of `schema` that take a string. */
export function stringPaths(schema: JsonSchema, prefix: FieldPath = []): FieldPath[] {
  const found = new Map<string, FieldPath>();
  for (const s of alternatives(schema)) {
    const paths = s.type === 'string' ? [prefix]
      : s.type === 'object' ? Object.entries(s.properties ?? {}).flatMap(([key, child]) => stringPaths(child, [...prefix, key]))
        : s.type === 'array' && s.items ? stringPaths(s.items, [...prefix, 0])
          : [];
    for (const p of paths) found.set(JSON.stringify(p), p);
  }
  return [...found.values()];
}

/** A value the schema accepts where it can tell: required properties only, the first enum value, a format's example. */
export function sampleOf(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = alternatives(schema);
  if (options.length > 1) return sampleOf(options.find((s) => !isNull(s)) ?? options[0]!);
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'string': return sampleString(schema);
    case 'integer':
    case 'number': return schema.minimum ?? Math.min(1, schema.maximum ?? 1);
    case 'boolean': return false;
    case 'null': return null;
    case 'array': return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}));
    case 'object': return Object.fromEntries((schema.required ?? []).map((key) => [key, sampleOf(schema.properties?.[key] ?? {})]));
    default: return null;
  }
}

function sampleString(schema: JsonSchema): string {
  switch (schema.format) {
    case 'uuid': return '00000000-0000-4000-8000-000000000000';
    case 'date': return '2026-01-15';
    case 'date-time': return '2026-01-15T12:00:00.000Z';
    case 'email': return 'someone@exempel.se';
    default: return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

/**
 * A sample of `schema` with `value` at `path`: the containers on the way are samples of their own
 * schemas (so an optional object gets its required siblings), an array holds just the one item.
 */
export function sampleWith(schema: JsonSchema, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const options = alternatives(schema).filter((s) => (typeof key === 'number' ? s.type === 'array' : s.type === 'object'));
  const chosen = options.find((s) => (typeof key === 'number' ? s.items : s.properties?.[key!])) ?? options[0] ?? {};
  if (typeof key === 'number') return [sampleWith(chosen.items ?? {}, rest, value)];
  const base = (sampleOf(chosen) ?? {}) as Record<string, unknown>;
  return { ...base, [key!]: sampleWith(chosen.properties?.[key!] ?? {}, rest, value) };
}

/**
 * The route's URL: each path parameter from `values` (by name) or else sampled from its schema,
 * and `query` appended. Values are URL-encoded unless `raw` is set (for a test that encodes itself).
 */
export function urlOf(
  route: ApiRoute,
  values: Record<string, string> = {},
  query: Record<string, string> = {},
  options: { raw?: boolean } = {},
): string {
  const encode = options.raw ? (v: string) => v : encodeURIComponent;
  let url = route.path;
  for (const p of route.pathParams) url = url.replace(`{${p.name}}`, encode(values[p.name] ?? String(sampleOf(p.schema))));
  const pairs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`);
  return pairs.length ? `${url}?${pairs.join('&')}` : url;
}
