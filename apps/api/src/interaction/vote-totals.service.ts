import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { rooms } from '@hadir/contracts';
import { In, Repository } from 'typeorm';
import { LiveEmitter } from '../live/live-emitter.service';
import { QuestionEntity } from './entities/question.entity';

/** However fast votes arrive, a session's audience gets at most this many total updates a second. */
const UPDATES_PER_SECOND = 4;

/**
 * Vote totals reach the audience as current numbers at a bounded rate, never one message per
 * vote: a vote storm in a hall of hundreds is a few messages a second to each of them.
 */
@Injectable()
export class VoteTotalsService implements OnModuleDestroy {
  private readonly logger = new Logger(VoteTotalsService.name);
  private readonly dirty = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | undefined;
  private lastFlush = 0;
  /** Set when the app shuts down: a flush in flight must not arm the timer again. */
  private stopped = false;

  constructor(
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    private readonly live: LiveEmitter,
  ) {}

  changed(sessionId: string, questionId: string): void {
    if (this.stopped) return;
    let questionIds = this.dirty.get(sessionId);
    if (!questionIds) {
      questionIds = new Set();
      this.dirty.set(sessionId, questionIds);
    }
    questionIds.add(questionId);
    // The first change after a quiet spell goes out at once; the rest wait for the next slot.
    this.timer ??= setTimeout(
      () => void this.flush(),
      Math.max(0, this.lastFlush + 1000 / UPDATES_PER_SECOND - Date.now()),
    );
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async flush(): Promise<void> {
    this.lastFlush = Date.now();
    const batch = [...this.dirty];
    this.dirty.clear();
    for (const [sessionId, questionIds] of batch) {
      try {
        const rows = await this.questions.find({
          where: { id: In([...questionIds]) },
          select: { id: true, votes: true },
        });
        this.live.toRoom(rooms.session(sessionId), 'qa:votes.updated', {
          sessionId,
          totals: Object.fromEntries(rows.map((row) => [row.id, row.votes])),
        });
      } catch (thrown) {
        // The next vote sends fresh totals; a failed push must not stop the timer.
        this.logger.warn(`Could not send vote totals: ${String(thrown)}`);
      }
    }
    this.timer = undefined;
    if (this.dirty.size > 0 && !this.stopped) {
      this.timer = setTimeout(() => void this.flush(), 1000 / UPDATES_PER_SECOND);
    }
  }
}
