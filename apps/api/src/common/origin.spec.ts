import type { Request } from 'express';
import { originOf } from './origin';

const reached = (protocol: string, host: string) =>
  ({ protocol, get: (name: string) => (name === 'host' ? host : undefined) }) as Request;

describe(originOf.name, () => {
  it('should point links at the deployment’s public address when it names one', () => {
    expect(originOf(reached('http', 'api-1:3000'), 'https://hadir.example.org')).toBe(
      'https://hadir.example.org',
    );
  });

  it('should point them at the server as the caller reached it otherwise', () => {
    expect(originOf(reached('http', '192.168.1.20:3000'), undefined)).toBe(
      'http://192.168.1.20:3000',
    );
  });
});
