import { randomUUID } from 'node:crypto';
import type {
  EventAgenda,
  EventPeopleResponse,
  ImportReport,
  InvitationLink,
  Me,
  PresenceCounts,
} from '@hadir/contracts';
import { parseCsv } from '@hadir/domain';
import request from 'supertest';
import { databasesUnderTest, type TestDatabase } from '../support/databases';
import { participantsCsv } from '../support/people-csv';
import {
  connectLive,
  demoPeople,
  findPerson,
  type LiveClient,
  nextEvent,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
  withRole,
} from '../support/test-app';

describe.each(databasesUnderTest())('people, invitations and badges on $kind', ({ create }) => {
  let database: TestDatabase;
  let app: TestApp;
  let organiser: string;
  let participant: string;
  let participantId: string;
  let eventId: string;
  const sockets: LiveClient[] = [];

  const api = (token: string) => ({
    get: (path: string) =>
      request(app.url).get(`/api/events/${eventId}${path}`).auth(token, { type: 'bearer' }),
    post: (path: string, body?: object) =>
      request(app.url)
        .post(`/api/events/${eventId}${path}`)
        .auth(token, { type: 'bearer' })
        .send(body),
    put: (path: string, body: object) =>
      request(app.url)
        .put(`/api/events/${eventId}${path}`)
        .auth(token, { type: 'bearer' })
        .send(body),
    patch: (path: string, body: object) =>
      request(app.url)
        .patch(`/api/events/${eventId}${path}`)
        .auth(token, { type: 'bearer' })
        .send(body),
    delete: (path: string) =>
      request(app.url).delete(`/api/events/${eventId}${path}`).auth(token, { type: 'bearer' }),
  });
  const peopleCount = async () =>
    ((await api(organiser).get('/people').expect(200)).body as EventPeopleResponse).people.length;

  beforeAll(async () => {
    database = await create();
    app = await startTestApp({ database: database.config });
    const people = await demoPeople(app);
    organiser = (await signInAs(app, 'organiser', people)).token;
    const someone = findPerson(
      people,
      (p) => p.country === 'PK' && withRole('participant')(p),
      'Pakistani',
    );
    const session = await signIn(app, someone);
    participant = session.token;
    participantId = someone.id;
    eventId = session.me.roles[0]?.eventId;
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('should preview exactly the 3 broken rows of 61, import the other 58 once confirmed, and nothing on a second import', async () => {
    // Rows are numbered from the header, line 1: index 4 is line 6.
    const file = participantsCsv('import.example.org', {
      4: (cells) => (cells[1] = 'not-an-email'),
      20: (cells) => (cells[2] = 'Atlantis'),
      // The address of the row before, in capitals: a duplicate whatever the case.
      33: (cells, previous) => (cells[1] = (previous[1] ?? '').toUpperCase()),
    });
    const before = await peopleCount();

    const preview = (await api(organiser).post('/people/import/preview', { csv: file }).expect(200))
      .body as ImportReport;
    expect(preview.applied).toBe(false);
    expect(preview.counts).toEqual({ new: 58, updated: 0, unchanged: 0, error: 3 });
    expect(
      preview.rows.filter((r) => r.status === 'error').map((r) => [r.line, r.errors[0]?.path]),
    ).toEqual([
      [6, 'email'],
      [22, 'country'],
      [35, 'email'],
    ]);
    expect(await peopleCount()).toBe(before);

    const applied = (await api(organiser).post('/people/import', { csv: file }).expect(200))
      .body as ImportReport;
    expect(applied).toMatchObject({ applied: true, counts: { new: 58, error: 3 } });
    expect(await peopleCount()).toBe(before + 58);

    const again = (await api(organiser).post('/people/import', { csv: file }).expect(200))
      .body as ImportReport;
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 58, error: 3 });
    expect(await peopleCount()).toBe(before + 58);

    const imported = (
      (await api(organiser).get('/people')).body as EventPeopleResponse
    ).people.filter((p) => p.email?.endsWith('@import.example.org'));
    expect(
      imported.every(
        (p) => p.roles.join() === 'participant' && p.invitation === 'active' && p.badgeCode,
      ),
    ).toBe(true);
  });

  it('should import the semicolon file Excel saves, with commas in values, failing only the row with a stray quote', async () => {
    const file = participantsCsv(
      'excel.example.org',
      { 7: (cells) => (cells[3] = `${cells[3]}, Unit 2`) },
      { separator: ';', byteOrderMark: true },
    );
    const lines = file.split('\r\n');
    // Line 13 opens a quote it never closes, as a slip of the keyboard leaves it.
    lines[12] = `"${lines[12]}`;

    const report = (
      await api(organiser)
        .post('/people/import', { csv: lines.join('\r\n') })
        .expect(200)
    ).body as ImportReport;
    expect(report.counts).toEqual({ new: 60, updated: 0, unchanged: 0, error: 1 });
    expect(report.rows.filter((r) => r.status === 'error').map((r) => [r.line, r.errors])).toEqual([
      [13, [{ path: '', message: 'A quote opened on this line is never closed' }]],
    ]);

    const [, eighth] = lines[8]?.split(';') ?? [];
    const stored = ((await api(organiser).get('/people')).body as EventPeopleResponse).people.find(
      (p) => p.email === eighth,
    );
    expect(stored?.organisation).toMatch(/, Unit 2$/);
  });

  it('should preview a file far larger than a default request body', async () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) =>
        `Person ${i},person${i}@large.example.org,Malaysia,Kuala Lumpur Batik ${i},Business owner,Remote,en`,
    );
    const csv = ['Name,Email,Country,Organisation,Category,Attendance mode,Language', ...rows].join(
      '\n',
    );
    expect(csv.length).toBeGreaterThan(120_000);
    const report = (await api(organiser).post('/people/import/preview', { csv }).expect(200))
      .body as ImportReport;
    expect(report.counts).toEqual({ new: 1500, updated: 0, unchanged: 0, error: 0 });
  });

  it('should name the missing columns of a file it cannot read', async () => {
    const response = await api(organiser)
      .post('/people/import/preview', { csv: 'Name,Email\nA,a@b.org' })
      .expect(400);
    expect(response.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('country') as string },
    });
  });

  it('should export every invitation link for a mail merge, each signing in its own person, safe to open in a spreadsheet', async () => {
    const formula = {
      id: randomUUID(),
      name: '=HYPERLINK("http://evil.example","Click")',
      email: 'formula@example.org',
      country: 'id',
      organisation: '',
      category: 'business_owner',
      attendanceMode: 'remote',
      locale: 'id',
      timezone: 'Asia/Jakarta',
      roles: ['participant'],
    };
    await api(organiser).post('/people', formula).expect(201);
    const refused = await api(participant).get('/people/invitations.csv').expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(refused.headers['content-disposition']).toBeUndefined();
    const response = await api(organiser).get('/people/invitations.csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    const { rows } = parseCsv(response.text);
    const [header, ...people] = rows.map((row) => row.fields);
    expect(header).toEqual(['Name', 'Email', 'Country', 'Language', 'Roles', 'Invitation link']);
    expect(people).toHaveLength(await peopleCount());
    // The reader takes the guard off again; in the file, the cell starts with a quote.
    expect(response.text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")",formula@`);
    const added = people.find((row) => row[1] === formula.email);
    expect(added?.[3]).toBe('id');
    const link = new URL(added?.[5] ?? '');
    expect(link.origin).toBe(app.url);
    const redeemed = await request(app.url)
      .post('/api/auth/invitations/redeem')
      .send({ token: link.searchParams.get('token') })
      .expect(200);
    expect((redeemed.body as { me: Me }).me.name).toBe(formula.name);
  });

  it('should refuse organiser routes to a participant with FORBIDDEN', async () => {
    for (const response of [
      await api(participant).get('/people'),
      await api(participant).post('/people/import/preview', { csv: 'x' }),
      await api(participant).put(`/people/${participantId}/roles`, { roles: ['organiser'] }),
      await api(participant).post(`/people/${participantId}/invitation`),
    ]) {
      expect([response.status, (response.body as { error: { code: string } }).error.code]).toEqual([
        403,
        'FORBIDDEN',
      ]);
    }
  });

  it('should add a person by hand once, however often the form is sent', async () => {
    const body = {
      id: randomUUID(),
      name: 'Tshering Dema',
      email: 'tshering.dema@example.bt',
      country: 'bt',
      organisation: 'Thimphu Textile Guild',
      category: 'business_owner',
      attendanceMode: 'remote',
      locale: 'en',
      timezone: 'Asia/Thimphu',
      roles: ['participant'],
    };
    const first = await api(organiser).post('/people', body).expect(201);
    const second = await api(organiser).post('/people', body).expect(201);
    expect(second.body).toEqual(first.body);
    expect(first.body).toMatchObject({
      country: 'BT',
      invitation: 'active',
      badgeCode: expect.any(String) as string,
    });

    const clash = await api(organiser)
      .post('/people', { ...body, id: randomUUID() })
      .expect(409);
    expect(clash.body).toMatchObject({ error: { code: 'CONFLICT', issues: [{ path: 'email' }] } });
  });

  it('should keep at least one organiser', async () => {
    const me = (await request(app.url).get('/api/me').auth(organiser, { type: 'bearer' }))
      .body as Me;
    const response = await api(organiser)
      .put(`/people/${me.id}/roles`, { roles: ['participant'] })
      .expect(409);
    expect(response.body).toMatchObject({ error: { issues: [{ path: 'roles' }] } });
  });

  it('should end a revoked invitation at once, for REST and for a connected socket', async () => {
    const people = await demoPeople(app);
    const target = findPerson(
      people,
      (p) => p.country === 'LK' && withRole('participant')(p),
      'Sri Lankan',
    );
    const { token } = await signIn(app, target);
    const socket = await connectLive(app.url, token);
    sockets.push(socket);
    const told = nextEvent(socket, 'system:access.revoked');
    const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    await api(organiser).delete(`/people/${target.id}/invitation`).expect(204);
    await expect(told).resolves.toEqual({ reason: 'invitation_revoked' });
    await expect(gone).resolves.toBe('io server disconnect');
    await request(app.url).get('/api/me').auth(token, { type: 'bearer' }).expect(401);
    await expect(connectLive(app.url, token)).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
    await request(app.url)
      .post('/api/auth/invitations/redeem')
      .send({ token: target.invitationToken })
      .expect(401);

    const reissued = (await api(organiser).post(`/people/${target.id}/invitation`).expect(201))
      .body as InvitationLink;
    const fresh = decodeURIComponent(reissued.path.replace('/join?token=', ''));
    await request(app.url).post('/api/auth/invitations/redeem').send({ token: fresh }).expect(200);
  });

  it('should refuse a socket that was offline while its invitation was revoked, even within the recovery window', async () => {
    const people = await demoPeople(app);
    const target = findPerson(
      people,
      (p) => p.country === 'PH' && withRole('participant')(p),
      'Filipino',
    );
    const { token } = await signIn(app, target);
    const sessionId = ((await api(organiser).get('/agenda').expect(200)).body as EventAgenda)
      .sessions[0]?.id;
    const socket = await connectLive(app.url, token);
    const staff = await connectLive(app.url, organiser);
    sockets.push(socket, staff);
    const presence = (present: boolean) =>
      new Promise<void>((resolve) => {
        const listener = (counts: PresenceCounts) => {
          if (counts.people.some((p) => p.id === target.id) !== present) return;
          staff.off('session:presence.counts', listener);
          resolve();
        };
        staff.on('session:presence.counts', listener);
      });
    await staff.emitWithAck('session:presence.join', { sessionId });
    const joined = presence(true);
    await socket.emitWithAck('session:presence.join', { sessionId });
    await joined;
    const announce = (text: string) =>
      staff.emitWithAck('announcement:create', { id: randomUUID(), eventId, text });
    // Recovery needs a packet with an offset before the drop.
    const warmUp = nextEvent(socket, 'announcement:created');
    await announce('Welcome');
    await warmUp;

    socket.io.reconnection(false);
    // The server must have seen the drop, or the revocation would end the socket itself.
    const gone = presence(false);
    socket.io.engine.close();
    await gone;
    await api(organiser).delete(`/people/${target.id}/invitation`).expect(204);
    const missed: string[] = [];
    socket.on('announcement:created', (announcement) => missed.push(announcement.text));
    await expect(announce('For members only')).resolves.toMatchObject({ ok: true });

    const outcome = new Promise<unknown>((resolve) => {
      socket.once('connect_error', resolve);
      socket.once('connect', () => resolve(socket.recovered ? 'recovered' : 'connected'));
    });
    socket.connect();
    await expect(outcome).resolves.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
    expect(missed).toEqual([]);
  });

  it('should give every member a badge code with no personal data in it, and reissue a lost one', async () => {
    const { badges } = (await api(organiser).get('/badges').expect(200)).body as {
      badges: { personId: string; name: string; code: string }[];
    };
    expect(badges.length).toBe(await peopleCount());
    expect(new Set(badges.map((b) => b.code)).size).toBe(badges.length);
    for (const badge of badges) expect(badge.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);

    const mine = badges.find((b) => b.personId === participantId) as { code: string };
    const reissued = await api(organiser).post(`/people/${participantId}/badge`).expect(201);
    const newCode = (reissued.body as { code: string }).code;
    expect(newCode).not.toBe(mine.code);
    const after = (
      (await api(organiser).get('/badges')).body as { badges: { personId: string; code: string }[] }
    ).badges;
    expect(after.find((b) => b.personId === participantId)?.code).toBe(newCode);
  });

  it('should let people correct their own profile, checking what they send', async () => {
    const response = await request(app.url)
      .patch('/api/me')
      .auth(participant, { type: 'bearer' })
      .send({ organisation: 'Lahore Handloom Co-op', timezone: 'Asia/Karachi', locale: 'id' })
      .expect(200);
    expect(response.body).toMatchObject({ organisation: 'Lahore Handloom Co-op', locale: 'id' });
    const bad = await request(app.url)
      .patch('/api/me')
      .auth(participant, { type: 'bearer' })
      .send({ country: 'XX', timezone: 'Mars/Olympus' })
      .expect(400);
    expect(
      (bad.body as { error: { issues: { path: string }[] } }).error.issues
        .map((i) => i.path)
        .sort(),
    ).toEqual(['country', 'timezone']);
  });
});
