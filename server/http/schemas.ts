// Schema pieces shared by routes (TypeBox gives JSON Schema for validation and OpenAPI, and types).
import { Type, type TSchema } from '@sinclair/typebox';

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
}, { description: 'An error; message is in the language of Accept-Language (sv or en)' });

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ format: 'date' });
/** Uploads to attach, by the ids the upload answered with (limits are checked by the use case, in words). */
export const AttachmentIds = Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 50 }));
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const Address = Type.Object({ street: Type.String(), postalCode: Type.String(), city: Type.String() });

/** Standard error responses, so OpenAPI lists them and serialization stays strict. */
export function withErrors<T extends Record<number, TSchema>, S extends number = never>(
  responses: T,
  ...statuses: S[]
): T & Record<400 | 429 | 500 | S, typeof ErrorBody> {
  const errors = Object.fromEntries([400, 429, 500, ...statuses].map((s) => [s, ErrorBody]));
  return { ...errors, ...responses } as T & Record<400 | 429 | 500 | S, typeof ErrorBody>;
}

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A string enum as plain JSON Schema ({ type, enum }), typed as the union of its values. */
export const StringEnum = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** Pieces of the account flows (registration, password reset, staff invitation). */
export const strict = { additionalProperties: false } as const;
export const Password = Type.String({ maxLength: 200 });
export const Code = Type.String({ minLength: 1, maxLength: 10 });
export const FlowId = Type.String({ minLength: 10, maxLength: 100 });

/** The login rate limit, which the account flows share (their codes and passwords can be guessed too). */
export const accountRateLimit = (config: { loginRateLimit: { max: number; windowSeconds: number } }) =>
  ({ rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.windowSeconds * 1000 } });
