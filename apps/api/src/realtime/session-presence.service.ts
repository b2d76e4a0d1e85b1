import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type PresenceCounts, rooms } from '@hadir/contracts';
import { Coalescer } from './coalescer';
import { LiveEmitter } from './live-emitter.service';

const UPDATES_PER_SECOND = 2;

/**
 * Who follows a session, from home or from the hall, counted from the sockets in its room on
 * every node, so a person with two tabs counts once. Joins and leaves mark the session; its
 * staff get the counts at a bounded rate.
 */
@Injectable()
export class SessionPresenceService implements OnModuleDestroy {
  private readonly logger = new Logger(SessionPresenceService.name);
  private readonly pushes = Coalescer.eachKey(
    async (sessionId: string) =>
      this.live.toRoom(
        rooms.sessionStaff(sessionId),
        'session:presence.counts',
        await this.counts(sessionId),
      ),
    { logger: this.logger, what: 'presence counts' },
    1000 / UPDATES_PER_SECOND,
  );

  constructor(private readonly live: LiveEmitter) {}

  changed(sessionId: string): void {
    this.pushes.mark(sessionId);
  }

  async counts(sessionId: string): Promise<PresenceCounts> {
    const people = new Map<string, PresenceCounts['people'][number]>();
    for (const data of await this.live.socketDataIn(rooms.session(sessionId))) {
      const mode = data.sessions[sessionId];
      if (!mode) continue;
      // Someone in the hall who also has the session open on a laptop is in the hall.
      if (people.get(data.personId)?.mode !== 'in_person') {
        people.set(data.personId, { id: data.personId, name: data.name, mode });
      }
    }
    const list = [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
    const inPerson = list.filter((person) => person.mode === 'in_person').length;
    return { sessionId, inPerson, remote: list.length - inPerson, people: list };
  }

  onModuleDestroy(): void {
    this.pushes.stop();
  }
}
