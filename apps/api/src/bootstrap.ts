import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConsoleLogger, type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import type { AppConfig } from './config/config';
import { LiveIoAdapter } from './live/live-io.adapter';
import { RedisIoAdapter } from './live/redis-io.adapter';

/** Builds the whole application; `main.ts` and the integration tests both start it this way. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new ConsoleLogger({
      json: config.logFormat === 'json',
      colors: config.logFormat === 'text',
    }),
    bufferLogs: true,
  });
  app.setGlobalPrefix('api');
  // Express accepts 100 kB by default; a people CSV may be 2 MB and a whole event's export more.
  app.useBodyParser('json', { limit: '8mb' });
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  if (config.redisUrl) {
    const adapter = new RedisIoAdapter(app, config.redisUrl);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  } else {
    app.useWebSocketAdapter(new LiveIoAdapter(app));
  }

  const openApi = new DocumentBuilder()
    .setTitle('Hadir API')
    .setDescription(
      'Setup and reports over REST; everything live is on the socket.io namespace /live.',
    )
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () =>
    cleanupOpenApiDoc(SwaggerModule.createDocument(app, openApi)),
  );

  serveWebApp(app, config.webDist);
  await app.init();
  return app;
}

/** The built single-page app at the same origin, with client-side routes falling back to it. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`No web build at ${webDist}: serving the API only (run npm run build)`);
    return;
  }
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
      request.method === 'GET' &&
      !/^\/(api|socket\.io)(\/|$)/.test(request.path) &&
      request.accepts('html');
    if (!isAppRoute) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
