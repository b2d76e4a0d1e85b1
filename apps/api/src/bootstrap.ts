import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { securityHeaders } from './common/security-headers';
import type { AppConfig } from './config/config';
import { LiveIoAdapter } from './realtime/live-io.adapter';
import { RedisIoAdapter } from './realtime/redis-io.adapter';
import { serveWebApp } from './web-app';

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
  // Behind the compose nginx, the client's address is in X-Forwarded-For; rate limits key on it.
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use(...securityHeaders());
  // API JSON and the single-page app's HTML; built files are served precompressed instead.
  app.use(compression());
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
