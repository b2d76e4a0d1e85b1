import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Best first: brotli is about a fifth smaller than gzip on the app's scripts and WASM. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * The built single-page app at the same origin, with client-side routes falling back to it.
 * The build writes brotli and gzip copies beside every compressible file; a browser that accepts
 * one gets it with no compression work per request (nginx does the same with brotli_static).
 */
export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`No web build at ${webDist}: serving the API only (run npm run build)`);
    return;
  }
  app.use(precompressed(webDist));
  app.use(
    express.static(webDist, {
      index: false,
      setHeaders: (response, path) => {
        // Built files carry their content's hash in their name and never change; the service
        // worker and the manifest keep their names, so a browser must always ask for them.
        const hashed = path.startsWith(join(webDist, 'assets'));
        response.setHeader(
          'Cache-Control',
          hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isAppRoute =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !/^\/(api|socket\.io)(\/|$)/.test(request.path) &&
      request.accepts('html');
    if (!isAppRoute) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}

/**
 * Points a request for a file with a compressed copy at that copy, keeping the original's type;
 * express.static then serves it with its own ranges, ETag and caching.
 */
function precompressed(webDist: string) {
  const copies = new Set(
    readdirSync(webDist, { recursive: true, encoding: 'utf8' }).map((file) => `/${file}`),
  );
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const path = request.path;
    const encoding = ENCODINGS.find(
      ({ name, suffix }) => copies.has(path + suffix) && request.acceptsEncodings(name) === name,
    );
    if (!copies.has(`${path}.gz`)) return next();
    response.vary('Accept-Encoding');
    if (!encoding) return next();
    response.type(extname(path));
    response.setHeader('Content-Encoding', encoding.name);
    request.url = path + encoding.suffix + request.url.slice(path.length);
    next();
  };
}
