import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type {
  CreatePersonBody,
  DemoPerson,
  EventAgenda,
  EventExport,
  EventPeopleResponse,
  EventPerson,
  ImportedEvent,
  InvitationLink,
  SessionTokenResponse,
} from '@hadir/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { InvitationEntity } from '../../src/identity/entities/invitation.entity';
import { databasesUnderTest, type TestDatabase } from '../support/databases';
import {
  connectLive,
  demoPeople,
  findPerson,
  type LiveClient,
  redeem,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
  withRole,
} from '../support/test-app';

/**
 * Two events on one server, each with organisers of its own: event A is the demo programme, event
 * B is started by A's organiser and handed to Mallory, a stranger to A. Nothing that B's
 * administration does may reach a sign-in or data of A.
 */
describe.each(databasesUnderTest())(
  'one event’s people, apart from another’s, on $kind',
  ({ create }) => {
    let database: TestDatabase;
    let app: TestApp;
    let a: {
      eventId: string;
      sessionId: string;
      people: DemoPerson[];
      organiser: SessionTokenResponse;
    };
    let b: { eventId: string; sessionId: string };
    let mallory: SessionTokenResponse;
    const sockets: LiveClient[] = [];

    const http = () => request(app.url);
    const get = (path: string, token: string) => http().get(path).auth(token, { type: 'bearer' });
    const post = (path: string, token: string, body: object) =>
      http().post(path).auth(token, { type: 'bearer' }).send(body);
    const live = async (token: string) => {
      const socket = await connectLive(app.url, token);
      sockets.push(socket);
      return socket;
    };
    const personBody = (email: string, name: string, roles: CreatePersonBody['roles']) => ({
      id: randomUUID(),
      name,
      email,
      country: 'ID',
      organisation: 'Elsewhere Ltd',
      category: 'business_owner' as const,
      attendanceMode: 'remote' as const,
      locale: 'en' as const,
      timezone: 'Asia/Jakarta',
      roles,
    });
    const aPerson = (role: 'organiser' | 'moderator' | 'participant') =>
      findPerson(a.people, withRole(role), role);
    const emailOf = async (person: DemoPerson) => {
      const everyone = (await get(`/api/events/${a.eventId}/people`, a.organiser.token).expect(200))
        .body as EventPeopleResponse;
      const found = everyone.people.find((p) => p.id === person.id);
      if (!found?.email) throw new Error(`${person.name} has no e-mail address`);
      return found;
    };

    beforeAll(async () => {
      database = await create();
      app = await startTestApp({ database: database.config });
      const people = await demoPeople(app);
      const organiser = await signInAs(app, 'organiser', people);
      const eventId = organiser.me.roles[0]?.eventId ?? '';
      const agenda = (await get(`/api/events/${eventId}/agenda`, organiser.token).expect(200))
        .body as EventAgenda;
      a = { eventId, sessionId: agenda.sessions[0]?.id ?? '', people, organiser };

      const file = (await get(`/api/events/${eventId}/export`, organiser.token).expect(200))
        .body as EventExport;
      const imported = (
        await post('/api/events/import', organiser.token, {
          file: { ...file, people: [] },
          slug: 'another-programme',
          title: 'Another programme',
          startDate: '2027-03-01',
          people: 'all',
        }).expect(201)
      ).body as ImportedEvent;
      const starter = await redeem(app, imported.invitation.path);
      const added = (
        await post(
          `/api/events/${imported.event.id}/people`,
          starter.token,
          personBody('mallory@example.org', 'Mallory', ['organiser']),
        ).expect(201)
      ).body as EventPerson;
      const link = (
        await get(`/api/events/${imported.event.id}/people/${added.id}/invitation`, starter.token)
      ).body as InvitationLink;
      mallory = await redeem(app, link.path);
      const bAgenda = (await get(`/api/events/${imported.event.id}/agenda`, mallory.token))
        .body as EventAgenda;
      b = { eventId: imported.event.id, sessionId: bAgenda.sessions[0]?.id ?? '' };
    });

    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.close();
    });

    afterAll(async () => {
      await app.close();
      await database.drop();
    });

    it("should make a new person of B from an A person's e-mail, showing nothing of A's", async () => {
      const target = await emailOf(aPerson('moderator'));
      const response = await post(
        `/api/events/${b.eventId}/people`,
        mallory.token,
        personBody(target.email ?? '', 'Someone Else', ['organiser']),
      ).expect(201);
      const added = response.body as EventPerson;
      expect(added.id).not.toBe(target.id);
      expect(added).toMatchObject({ name: 'Someone Else', organisation: 'Elsewhere Ltd' });
      expect(JSON.stringify(response.body)).not.toContain(target.name);

      // A's own record of the person is as it was.
      expect(await emailOf(aPerson('moderator'))).toEqual(target);
    });

    it('should give B’s organiser a link to B’s person only, never to A’s', async () => {
      const target = await emailOf(aPerson('organiser'));
      await get(`/api/events/${b.eventId}/people/${target.id}/invitation`, mallory.token).expect(
        404,
      );
      await post(
        `/api/events/${b.eventId}/people/${target.id}/invitation`,
        mallory.token,
        {},
      ).expect(403);
      await http()
        .patch(`/api/events/${b.eventId}/people/${target.id}`)
        .auth(mallory.token, { type: 'bearer' })
        .send({ name: 'Taken over' })
        .expect(403);
      expect(await emailOf(aPerson('organiser'))).toEqual(target);
    });

    it('should sign B’s link in to B alone, with no way into A', async () => {
      const target = await emailOf(aPerson('participant'));
      const added = (
        await post(
          `/api/events/${b.eventId}/people`,
          mallory.token,
          personBody(target.email ?? '', target.name, ['participant']),
        ).expect(201)
      ).body as EventPerson;
      const link = (
        await get(`/api/events/${b.eventId}/people/${added.id}/invitation`, mallory.token).expect(
          200,
        )
      ).body as InvitationLink;
      const signedIn = await redeem(app, link.path);

      expect(signedIn.me.id).toBe(added.id);
      expect(signedIn.me.roles).toEqual([{ eventId: b.eventId, role: 'participant' }]);
      await get(`/api/events/${a.eventId}/agenda`, signedIn.token).expect(403);
      const events = (await get('/api/events', signedIn.token).expect(200)).body as {
        events: { id: string }[];
      };
      expect(events.events.map((event) => event.id)).toEqual([b.eventId]);
      const socket = await live(signedIn.token);
      await expect(
        socket.emitWithAck('session:presence.join', { sessionId: a.sessionId }),
      ).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

      // The person's own sign-in in A still works, and still reaches A only.
      const own = await signIn(app, aPerson('participant'));
      expect(own.me.id).toBe(target.id);
      expect(own.me.roles).toEqual([{ eventId: a.eventId, role: 'participant' }]);
      await get(`/api/events/${b.eventId}/agenda`, own.token).expect(403);
    });

    it('should honour a session only for the person and event of its invitation', async () => {
      const target = aPerson('organiser');
      const invitations = app.app.get(DataSource).getRepository(InvitationEntity);
      const own = await invitations.findOneByOrFail({ personId: target.id });
      const bInvitation = await invitations.findOneByOrFail({ eventId: b.eventId });
      const sign = (claims: object, subject: string) =>
        new JwtService({ secret: app.config.secret }).sign(
          { typ: 'session', ...claims },
          { subject, expiresIn: '1d', algorithm: 'HS256' },
        );

      // The shape a takeover had: A's person named with an invitation B issued.
      const takeover = sign({ inv: bInvitation.id }, target.id);
      const otherEvent = sign({ inv: own.id, evt: b.eventId }, target.id);
      for (const token of [takeover, otherEvent]) {
        await get('/api/me', token).expect(401);
        await expect(connectLive(app.url, token)).rejects.toMatchObject({
          data: { code: 'UNAUTHENTICATED' },
        });
      }

      // A token signed before sessions named their event still works, in its invitation's event.
      const earlier = sign({ inv: own.id }, target.id);
      const me = (await get('/api/me', earlier).expect(200)).body as { id: string };
      expect(me.id).toBe(target.id);
      await get(`/api/events/${b.eventId}/agenda`, earlier).expect(403);
    });

    it('should refuse to mute, in B’s session, someone who is not in B', async () => {
      const target = aPerson('participant');
      const socket = await live(mallory.token);
      await expect(
        socket.emitWithAck('chat:mute', {
          sessionId: b.sessionId,
          personId: target.id,
          muted: true,
        }),
      ).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const aOrganiser = await live(a.organiser.token);
      await expect(
        aOrganiser.emitWithAck('chat:mute', {
          sessionId: b.sessionId,
          personId: target.id,
          muted: true,
        }),
      ).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const state = await socket.emitWithAck('session:state.get', { sessionId: b.sessionId });
      expect(state).toMatchObject({ ok: true, data: { mutedPeople: [] } });
    });

    it("should refuse a participant another person's attendance corrections", async () => {
      const participant = await signIn(app, aPerson('participant'));
      const other = a.people.filter(withRole('participant'))[1];
      if (!other) throw new Error('The demo programme has one participant only');
      const corrected = await post(
        `/api/events/${a.eventId}/attendance/corrections`,
        a.organiser.token,
        {
          id: randomUUID(),
          personId: other.id,
          sessionId: a.sessionId,
          kind: 'absent',
          mode: null,
          from: null,
          to: null,
          reason: 'Was at the clinic, told the desk',
        },
      );
      expect(corrected.status).toBe(200);
      const refused = await get(
        `/api/events/${a.eventId}/attendance/corrections?personId=${other.id}`,
        participant.token,
      ).expect(403);
      expect(JSON.stringify(refused.body)).not.toContain('clinic');
      const own = await get(
        `/api/events/${a.eventId}/attendance/corrections`,
        participant.token,
      ).expect(200);
      expect(JSON.stringify(own.body)).not.toContain('clinic');
    });
  },
);
