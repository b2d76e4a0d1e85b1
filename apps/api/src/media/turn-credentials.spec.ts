import { createHmac } from 'node:crypto';
import { turnCredentials } from './turn-credentials';

describe(turnCredentials.name, () => {
  const turn = {
    urls: ['turns:turn.example.org:443?transport=tcp'],
    secret: 'a shared secret of at least 32 characters',
    ttlSeconds: 3600,
  };

  it('should name the expiry and the person, signed so that coturn can check it', () => {
    const server = turnCredentials(turn, 'person-1', Date.UTC(2026, 11, 3, 12) + 400);
    const expiry = Date.UTC(2026, 11, 3, 13) / 1000;
    expect(server.username).toBe(`${expiry}:person-1`);
    expect(server.credential).toBe(
      createHmac('sha1', turn.secret).update(`${expiry}:person-1`).digest('base64'),
    );
    expect(server.urls).toEqual(turn.urls);
  });

  it('should give each person and each secret a different password', () => {
    const now = Date.now();
    const mine = turnCredentials(turn, 'person-1', now).credential;
    expect(turnCredentials(turn, 'person-2', now).credential).not.toBe(mine);
    expect(
      turnCredentials({ ...turn, secret: `${turn.secret}!` }, 'person-1', now).credential,
    ).not.toBe(mine);
  });
});
