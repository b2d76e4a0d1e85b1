import { type TestDatabase } from './databases';
import {
  connectLive,
  type LiveClient,
  startTestApp,
  type TestApp,
  type TestAppOptions,
} from './test-app';

/**
 * One app on a fresh database for a describe block: started before its tests, closed and its
 * database dropped after them, and every socket opened through it closed after each test.
 */
export function appStage(
  create: () => Promise<TestDatabase>,
  options: Omit<TestAppOptions, 'database'> = {},
) {
  let database: TestDatabase | undefined;
  let app: TestApp | undefined;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    database = await create();
    app = await startTestApp({ ...options, database: database.config });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const ready = () => {
    if (!app) throw new Error('The app starts in beforeAll');
    return app;
  };
  return {
    get app() {
      return ready();
    },
    /** A live connection with this token, closed after the test. */
    async connect(token: string | undefined): Promise<LiveClient> {
      const socket = await connectLive(ready().url, token);
      sockets.push(socket);
      return socket;
    },
  };
}
