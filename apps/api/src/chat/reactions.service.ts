import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type Reaction, rooms } from '@hadir/contracts';
import { Coalescer } from '../realtime/coalescer';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { SessionAccessService } from '../events/session-access.service';

const BURSTS_PER_SECOND = 4;
/** More than this from one person in one burst is applause, not information: it is dropped. */
const PER_PERSON_PER_BURST = 3;

/**
 * Reactions are counted, not stored: each node sends the room what it received since its last
 * burst, a few times a second, however many people are clapping.
 */
@Injectable()
export class ReactionsService implements OnModuleDestroy {
  private readonly logger = new Logger(ReactionsService.name);
  private readonly pending = new Map<string, Map<Reaction, number>>();
  /** How many each person sent in the burst being gathered, by "session person". */
  private readonly senders = new Map<string, number>();
  private readonly bursts = Coalescer.eachKey(
    (sessionId: string) => Promise.resolve(this.burst(sessionId)),
    { logger: this.logger, what: 'reactions' },
    1000 / BURSTS_PER_SECOND,
  );

  constructor(
    private readonly sessions: SessionAccessService,
    private readonly live: LiveEmitter,
  ) {}

  async send(personId: string, sessionId: string, reaction: Reaction): Promise<null> {
    await this.sessions.member(personId, sessionId);
    const sender = `${sessionId} ${personId}`;
    const sent = this.senders.get(sender) ?? 0;
    if (sent >= PER_PERSON_PER_BURST) return null;
    this.senders.set(sender, sent + 1);
    let counts = this.pending.get(sessionId);
    if (!counts) {
      counts = new Map();
      this.pending.set(sessionId, counts);
    }
    counts.set(reaction, (counts.get(reaction) ?? 0) + 1);
    this.bursts.mark(sessionId);
    return null;
  }

  onModuleDestroy(): void {
    this.bursts.stop();
  }

  private burst(sessionId: string): void {
    const counts = this.pending.get(sessionId);
    this.pending.delete(sessionId);
    for (const sender of this.senders.keys()) {
      if (sender.startsWith(`${sessionId} `)) this.senders.delete(sender);
    }
    if (!counts) return;
    this.live.toRoom(rooms.session(sessionId), 'reaction:burst', {
      sessionId,
      counts: Object.fromEntries(counts),
    });
  }
}
