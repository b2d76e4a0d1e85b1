import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (thrown) {
    if (thrown instanceof ConfigError) {
      console.error(thrown.message);
      process.exit(78);
    }
    throw thrown;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  new Logger('Hadir').log(`Hadir is running at ${url}`);
  // Also plain on stdout, for the person who typed `npm start` and for scripts waiting on it.
  console.log(`Hadir is running at ${url}`);

  // A graceful stop lets in-flight requests finish; this bounds how long it may take.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        console.error(`Shutdown took longer than ${config.shutdownGraceMs} ms; exiting`);
        process.exit(1);
      }, config.shutdownGraceMs).unref();
    });
  }
}

main().catch((thrown: unknown) => {
  console.error(thrown);
  process.exit(1);
});
