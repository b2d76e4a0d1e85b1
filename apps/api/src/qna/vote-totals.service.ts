import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { rooms } from '@hadir/contracts';
import { In, Repository } from 'typeorm';
import { Coalescer } from '../realtime/coalescer';
import { LiveEmitter } from '../realtime/live-emitter.service';
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
  private readonly pushes = new Coalescer<string>(
    (keys) => this.push(keys),
    1000 / UPDATES_PER_SECOND,
  );

  constructor(
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    private readonly live: LiveEmitter,
  ) {}

  changed(sessionId: string, questionId: string): void {
    this.pushes.mark(`${sessionId} ${questionId}`);
  }

  onModuleDestroy(): void {
    this.pushes.stop();
  }

  private async push(keys: string[]): Promise<void> {
    const bySession = new Map<string, string[]>();
    for (const key of keys) {
      const [sessionId, questionId] = key.split(' ');
      bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), questionId]);
    }
    for (const [sessionId, questionIds] of bySession) {
      try {
        const rows = await this.questions.find({
          where: { id: In(questionIds) },
          select: { id: true, votes: true },
        });
        this.live.toRoom(rooms.session(sessionId), 'qna:votes.updated', {
          sessionId,
          totals: Object.fromEntries(rows.map((row) => [row.id, row.votes])),
        });
      } catch (thrown) {
        // The next vote sends fresh totals; a failed push must not stop the ones after it.
        this.logger.warn(`Could not send vote totals: ${String(thrown)}`);
      }
    }
  }
}
