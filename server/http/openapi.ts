import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';

const UploadBody = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'The file, with its file name' } },
  additionalProperties: false,
};

/** OpenAPI 3.1 generated from the route schemas; served at /api/openapi.json. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Mina sidor and back office API',
        version: '0.1.0',
        description:
          'The API the web app uses. Log in through /api/auth/*; a session cookie is set. Every request that changes ' +
          'something carries the X-CSRF-Token header with the token from GET /api/session. Errors are ' +
          '{ "error": { "code", "message" } } with the message in the language of Accept-Language (sv or en).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    hideUntagged: false,
    // An upload route reads its multipart body itself (no body schema, which would be validated): the
    // document still says what it takes, so clients, and the tests that walk every route, know.
    transform: ({ schema, url }) => {
      const s = schema as { consumes?: string[]; body?: unknown } | undefined;
      if (!s?.consumes?.includes('multipart/form-data') || s.body) return { schema, url };
      return { schema: { ...s, body: UploadBody }, url };
    },
  });
}
