import { Inject, Injectable } from '@nestjs/common';
import { type LivePayload, type LiveServerEvent, rooms } from '@hadir/contracts';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { LiveNamespace, LiveServerSideEvents, LiveSocketData } from './live.types';

type NodeEvent = keyof LiveServerSideEvents;

/**
 * Sends one typed event to a room, a broadcast or a socket. socket.io's emit typing cannot
 * follow a generic event name; this signature does, and it is the one place that says so.
 */
function send<E extends LiveServerEvent>(
  target: { emit: (...args: never[]) => unknown },
  event: E,
  payload: LivePayload<E>,
): void {
  (target.emit as (e: E, p: LivePayload<E>) => unknown)(event, payload);
}

/** The one typed way for services to push to rooms; the gateway hands it the namespace. */
@Injectable()
export class LiveEmitter {
  private namespace: LiveNamespace | undefined;
  private readonly nodeHandlers: [NodeEvent, LiveServerSideEvents[NodeEvent]][] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
    for (const [event, handler] of this.nodeHandlers) namespace.on(event, handler);
  }

  /** Asks the other API nodes (through Redis) to act; a single node has no others. */
  toOtherNodes<E extends NodeEvent>(event: E, ...args: Parameters<LiveServerSideEvents[E]>): void {
    if (!this.config.redisUrl || !this.namespace) return;
    this.namespace.serverSideEmit(event, ...args);
  }

  /** What this node does when another one asks. */
  onOtherNodes(event: NodeEvent, handler: LiveServerSideEvents[NodeEvent]): void {
    this.nodeHandlers.push([event, handler]);
    this.namespace?.on(event, handler);
  }

  toRoom<E extends LiveServerEvent>(
    room: string | string[],
    event: E,
    payload: LivePayload<E>,
  ): void {
    if (!this.namespace) throw new Error('The live namespace is not ready yet');
    send(this.namespace.to(room), event, payload);
  }

  /** To a room, leaving out sockets that are also in any of `except` (they get their own copy). */
  toRoomExcept<E extends LiveServerEvent>(
    room: string,
    except: string[],
    event: E,
    payload: LivePayload<E>,
  ): void {
    if (!this.namespace) throw new Error('The live namespace is not ready yet');
    send(this.namespace.to(room).except(except), event, payload);
  }

  /**
   * To a room's sockets on this node only: for state that lives in this process, such as live
   * media, which other nodes could not act on.
   */
  toLocalRoom<E extends LiveServerEvent>(
    room: string,
    event: E,
    payload: LivePayload<E>,
    exceptSocketId?: string,
  ): void {
    if (!this.namespace) throw new Error('The live namespace is not ready yet');
    send(this.namespace.local.to(room).except(exceptSocketId ?? []), event, payload);
  }

  /** To one socket connected to this node. */
  toSocket<E extends LiveServerEvent>(socketId: string, event: E, payload: LivePayload<E>): void {
    const socket = this.namespace?.sockets.get(socketId);
    if (socket) send(socket, event, payload);
  }

  /** Who is in a room right now, on every node. */
  async socketDataIn(room: string): Promise<LiveSocketData[]> {
    if (!this.namespace) return [];
    return (await this.namespace.in(room).fetchSockets()).map((socket) => socket.data);
  }

  /**
   * Ends every live connection, on any node, opened with one of the given invitations, after
   * telling it why. Used when an organiser revokes an invitation.
   */
  async disconnectInvitations(personId: string, invitationIds: readonly string[]): Promise<number> {
    if (!this.namespace) return 0;
    const sockets = await this.namespace.in(rooms.person(personId)).fetchSockets();
    const revoked = sockets.filter((socket) => invitationIds.includes(socket.data.invitationId));
    for (const socket of revoked) {
      socket.emit('system:access.revoked', { reason: 'invitation_revoked' });
      socket.disconnect(true);
    }
    return revoked.length;
  }
}
