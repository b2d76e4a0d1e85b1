import { randomUUID } from 'node:crypto';
import {
  CHAT_BURST,
  type ChatMessage,
  type ReactionBurst,
  type SessionState,
} from '@hadir/contracts';
import { databasesUnderTest } from '../support/databases';
import { call, sessionStage, type SignedIn } from '../support/session-live';
import { type LiveClient, nextEvent } from '../support/test-app';

describe.each(databasesUnderTest())('chat and reactions on $kind', ({ create }) => {
  const stage = sessionStage(create);
  let moderator: SignedIn;
  let ana: SignedIn;
  let budi: SignedIn;
  const freshSession = () => stage.freshSession();
  const join = (person: SignedIn, sessionId: string) => stage.join(person, sessionId);
  const say = (socket: LiveClient, sessionId: string, text: string, id: string = randomUUID()) =>
    socket.emitWithAck('chat:message.send', { id, sessionId, text });
  const state = (socket: LiveClient, sessionId: string) =>
    call<SessionState>(socket.emitWithAck('session:state.get', { sessionId }));

  beforeAll(() => {
    ({
      moderator,
      participants: [ana, budi],
    } = stage.cast);
  });

  it('should deliver a message to the room once, however often it is resent', async () => {
    const sessionId = freshSession();
    const sender = await join(ana, sessionId);
    const reader = await join(budi, sessionId);
    const heard: ChatMessage[] = [];
    reader.on('chat:message.created', (message) => heard.push(message));

    const id = randomUUID();
    const arrived = nextEvent(reader, 'chat:message.created');
    const sent = await call<ChatMessage>(say(sender, sessionId, 'Salam from Kathmandu', id));
    expect(await arrived).toEqual(sent);
    expect(await call<ChatMessage>(say(sender, sessionId, 'Salam from Kathmandu', id))).toEqual(
      sent,
    );
    expect((await state(reader, sessionId)).chat.map((message) => message.id)).toEqual([id]);
    expect(heard).toHaveLength(1);
  });

  it('should let staff delete a message and mute a person, and refuse both to participants', async () => {
    const sessionId = freshSession();
    const desk = await join(moderator, sessionId);
    const sender = await join(ana, sessionId);
    const other = await join(budi, sessionId);
    const message = await call<ChatMessage>(say(sender, sessionId, 'Buy cheap followers here'));

    const refused = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(
      await other.emitWithAck('chat:message.delete', { sessionId, messageId: message.id }),
    ).toMatchObject(refused);
    expect(
      await other.emitWithAck('chat:mute', { sessionId, personId: ana.id, muted: true }),
    ).toMatchObject(refused);

    const gone = nextEvent(other, 'chat:message.deleted');
    await call(desk.emitWithAck('chat:message.delete', { sessionId, messageId: message.id }));
    expect(await gone).toEqual({ sessionId, messageId: message.id });
    expect((await state(other, sessionId)).chat).toEqual([]);

    const told = nextEvent(sender, 'chat:mute.changed');
    await call(desk.emitWithAck('chat:mute', { sessionId, personId: ana.id, muted: true }));
    expect(await told).toMatchObject({ personId: ana.id, muted: true });
    expect(await say(sender, sessionId, 'Still here?')).toMatchObject(refused);
    expect((await state(sender, sessionId)).muted).toBe(true);
    expect((await state(desk, sessionId)).mutedPeople).toEqual([{ id: ana.id, name: ana.name }]);

    await call(desk.emitWithAck('chat:mute', { sessionId, personId: ana.id, muted: false }));
    expect(await say(sender, sessionId, 'Sorry, it was a mistake')).toMatchObject({ ok: true });
  });

  it('should refuse a flood of messages from one person, but not a resend or anyone else', async () => {
    const sessionId = freshSession();
    const flooder = await join(ana, sessionId);
    const other = await join(budi, sessionId);
    const sent: ChatMessage[] = [];
    for (let n = 1; n <= CHAT_BURST.messages; n += 1) {
      sent.push(await call<ChatMessage>(say(flooder, sessionId, `Message ${n}`)));
    }

    expect(await say(flooder, sessionId, 'One too many')).toMatchObject({
      ok: false,
      error: {
        code: 'RATE_LIMITED',
        message: expect.stringMatching(/Try again in \d+ s/) as string,
      },
    });
    expect(await call<ChatMessage>(say(flooder, sessionId, 'Message 1', sent[0].id))).toEqual(
      sent[0],
    );
    expect(await say(other, sessionId, 'Budi is not flooding')).toMatchObject({ ok: true });
    expect((await state(other, sessionId)).chat).toHaveLength(CHAT_BURST.messages + 1);
  });

  it('should send reactions as counted bursts, at most three a person per burst', async () => {
    const sessionId = freshSession();
    const room = await join(moderator, sessionId);
    const clapper = await join(ana, sessionId);
    const other = await join(budi, sessionId);
    const bursts: ReactionBurst[] = [];
    room.on('reaction:burst', (burst) => bursts.push(burst));

    const sent = [
      ...Array.from({ length: 10 }, () =>
        clapper.emitWithAck('reaction:send', { sessionId, reaction: '👏' }),
      ),
      other.emitWithAck('reaction:send', { sessionId, reaction: '👏' }),
      other.emitWithAck('reaction:send', { sessionId, reaction: '🎉' }),
    ];
    await Promise.all(sent);
    const total = (emoji: string) =>
      bursts.reduce((sum, burst) => sum + (burst.counts[emoji] ?? 0), 0);
    // The burst may have come while the sends were still being answered.
    while (total('🎉') < 1) await nextEvent(room, 'reaction:burst');
    expect(total('🎉')).toBe(1);
    // At most three of Ana's claps per burst; all twelve arrived within one or two bursts.
    expect(total('👏')).toBeGreaterThanOrEqual(4);
    expect(total('👏')).toBeLessThanOrEqual(1 + 3 * bursts.length);
    expect(bursts.length).toBeLessThanOrEqual(2);
    expect(
      await clapper.emitWithAck('reaction:send', { sessionId, reaction: '💩' as '👏' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
