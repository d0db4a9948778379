// Every request's params, query string and JSON body are checked for text PostgreSQL cannot store (a NUL,
// a lone surrogate: domain/text.ts) once, here, after the route's own checks (session, schema) and before
// any handler runs, so no route can forget it. Multipart file names are checked by routes/files.ts.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';
import { unstorableTextAt } from '../domain/text.ts';

/** Refuses text that cannot be stored: 400 INVALID_CHARACTER naming the field (also in details.field). */
export function assertStorableText(value: unknown): void {
  const field = unstorableTextAt(value);
  if (field === null) return;
  throw new AppError('INVALID_CHARACTER', { field }, { details: { field } });
}

export function registerTextCheck(app: FastifyInstance): void {
  // preHandler, not preValidation: the portal's and back office's session checks (preValidation hooks
  // of their plugins) and the schemas answer first, as they do for any other bad request.
  // Callback style: a thrown AppError is answered as from an async hook, without a promise a request.
  app.addHook('preHandler', (request, _reply, done) => {
    assertStorableText(request.params);
    assertStorableText(request.query);
    assertStorableText(request.body);
    done();
  });
}
