// Serves the built web app; any path outside /api gets index.html so that client routes work on reload.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { AppError } from '../errors.ts';
import { sendError } from './errors.ts';
import { fromRoot } from '../paths.ts';

export const webRoot = fromRoot('dist/web');

/** `root`: where the built web app is (dist/web; a test gives a folder of its own). */
export async function registerSpa(app: FastifyInstance, root = webRoot): Promise<void> {
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: false,
      // Beside each text file the build writes its .br and .gz (vite.config.ts): the one the browser accepts is sent.
      preCompressed: true,
      setHeaders: (res, filePath) => {
        // Vite puts a content hash in asset names: they never change, so cache them for a year.
        if (filePath.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
        // The start page (index.html, or its .br/.gz) names the current assets: always asked for again.
        else if (path.basename(filePath).startsWith('index.html')) res.header('cache-control', 'no-cache');
      },
    });
  }
  // The static plugin answers a directory (such as /) with 403: the app's start page is index.html.
  app.get('/', { schema: { hide: true } }, (_request, reply) => {
    if (!built) return reply.status(503).type('text/plain; charset=utf-8').send('The web app is not built yet: run `npm run build` (npm start does it).');
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api' || !['GET', 'HEAD'].includes(request.method)) {
      return sendError(request, reply, new AppError('NOT_FOUND'));
    }
    // A missing file (an old asset name after a deploy) is a 404, not the app's HTML.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
      return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    }
    if (!built) {
      return reply.status(503).type('text/plain; charset=utf-8').send('The web app is not built yet: run `npm run build` (npm start does it).');
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
