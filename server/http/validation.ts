// Bodies are validated strictly (no type coercion, unknown fields refused); query strings and
// params are text on the wire, so those are coerced to the schema's types.
import { Ajv } from 'ajv';
import formats from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under ESM the function sits on .default.
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats);
import type { FastifyInstance } from 'fastify';

export function registerValidation(app: FastifyInstance): void {
  const base = { removeAdditional: false as const, useDefaults: true, allErrors: false, strict: false };
  const strict = addFormats(new Ajv({ ...base, coerceTypes: false }));
  const coercing = addFormats(new Ajv({ ...base, coerceTypes: 'array' }));
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));
}
