import { type BeforeApplicationShutdown, Logger, UseInterceptors } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import { type JoinedSession, type JoinSession, rooms, STAFF_ROLES } from '@hadir/contracts';
import { PresenceLogService } from '../attendance/presence-log.service';
import { toApiError } from '../common/to-api-error';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import { SessionPresenceService } from '../realtime/session-presence.service';
import type { LiveNamespace, LiveSocket, LiveSocketData } from '../realtime/live.types';

type RestoreSession = LiveNamespace['adapter']['restoreSession'];
type Session = Awaited<ReturnType<RestoreSession>>;

/** Connection, authentication and session presence on the live namespace. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class LiveGateway
  implements
    OnGatewayInit<LiveNamespace>,
    OnGatewayConnection<LiveSocket>,
    OnGatewayDisconnect<LiveSocket>,
    BeforeApplicationShutdown
{
  private readonly logger = new Logger(LiveGateway.name);
  private namespace: LiveNamespace | undefined;

  constructor(
    private readonly access: AccessService,
    private readonly events: EventsService,
    private readonly emitter: LiveEmitter,
    private readonly presence: SessionPresenceService,
    private readonly presenceLog: PresenceLogService,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.namespace = namespace;
    this.emitter.attach(namespace);
    this.refuseRevokedRecoveries(namespace);
    namespace.use((socket, next) => {
      const auth = socket.handshake.auth as { token?: unknown };
      this.authenticate(typeof auth.token === 'string' ? auth.token : '')
        .then((data) => {
          socket.data = data;
          next();
        })
        .catch((thrown: unknown) => {
          const { error } = toApiError(thrown);
          next(Object.assign(new Error(error.message), { data: error }));
        });
    });
  }

  /** Runs before the connection completes, so the socket is in its rooms before its first emit. */
  handleConnection(socket: LiveSocket): void {
    // A recovered socket is back in its rooms already.
    if (socket.recovered) return;
    const { personId, eventId } = socket.data;
    // A socket opened for media alone needs no event traffic; its person's room lets revoking
    // an invitation end it too.
    const mediaOnly = (socket.handshake.auth as { purpose?: unknown }).purpose === 'media';
    void socket.join([rooms.person(personId), ...(mediaOnly ? [] : [rooms.event(eventId)])]);
  }

  handleDisconnect(socket: LiveSocket): void {
    for (const sessionId of Object.keys(socket.data.sessions ?? {})) {
      this.presence.changed(sessionId);
    }
    this.presenceLog
      .disconnected(socket.id)
      .catch((error: unknown) =>
        this.logger.warn(`Could not close ${socket.id}'s presence: ${String(error)}`),
      );
  }

  beforeApplicationShutdown(): void {
    this.prepareForShutdown();
  }

  /**
   * A socket that was offline when its invitation was revoked missed the disconnect. Recovery
   * would give it back its rooms and replay what it missed before any middleware runs, so the
   * invitation is checked where the session is restored: a revoked one starts afresh instead,
   * and the middleware refuses it.
   */
  private refuseRevokedRecoveries(namespace: LiveNamespace): void {
    const adapter = namespace.adapter;
    // The adapters answer null for a session they no longer hold, whatever their types say.
    const restore = adapter.restoreSession.bind(adapter) as (
      ...args: Parameters<RestoreSession>
    ) => Promise<Session | null>;
    const checked = async (...args: Parameters<RestoreSession>): Promise<Session | null> => {
      const session = await restore(...args);
      if (!session) return null;
      const { personId, invitationId } = session.data as LiveSocketData;
      return (await this.access.invitationActive(personId, invitationId)) ? session : null;
    };
    adapter.restoreSession = checked as RestoreSession;
  }

  private async authenticate(token: string): Promise<LiveSocketData> {
    const session = await this.access.requireSession(token);
    const name = await this.access.nameOf(session.personId);
    return { ...session, name, sessions: {} };
  }

  @LiveHandler('session:presence.join')
  async joinSession(socket: LiveSocket, { sessionId, mode }: JoinSession): Promise<JoinedSession> {
    const eventId = await this.events.eventOfSession(sessionId);
    const roles = await this.access.requireMember(socket.data.personId, eventId);
    const staff = roles.some((role) => STAFF_ROLES.includes(role));
    await socket.join(
      staff ? [rooms.session(sessionId), rooms.sessionStaff(sessionId)] : rooms.session(sessionId),
    );
    socket.data.sessions = { ...socket.data.sessions, [sessionId]: mode ?? 'remote' };
    this.presence.changed(sessionId);
    await this.presenceLog.joined(
      socket.id,
      socket.data.personId,
      { id: sessionId, eventId },
      mode ?? 'remote',
    );
    return { sessionId, staff };
  }

  @LiveHandler('session:presence.leave')
  async leaveSession(socket: LiveSocket, { sessionId }: JoinSession): Promise<JoinSession> {
    await socket.leave(rooms.session(sessionId));
    await socket.leave(rooms.sessionStaff(sessionId));
    const stillIn = { ...socket.data.sessions };
    delete stillIn[sessionId];
    socket.data.sessions = stillIn;
    this.presence.changed(sessionId);
    await this.presenceLog.left(socket.id, sessionId);
    return { sessionId };
  }

  /**
   * Before this process stops: tell its clients, then drop their transports. Dropping (rather
   * than disconnecting the sockets) makes socket.io clients reconnect on their own, to another
   * node behind the load balancer, and recover the session there.
   */
  private prepareForShutdown(): void {
    if (!this.namespace) return;
    const sockets = [...this.namespace.sockets.values()];
    this.logger.log(`Handing ${sockets.length} live connection(s) over before shutdown`);
    this.namespace.local.emit('system:server.shutdown', { reason: 'shutdown' });
    for (const socket of sockets) socket.conn.close();
  }
}
