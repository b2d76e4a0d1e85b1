import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type PollResults, rooms } from '@hadir/contracts';
import { tallyPoll } from '@hadir/domain';
import { Repository } from 'typeorm';
import { Coalescer } from '../realtime/coalescer';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { PollResponseEntity } from './entities/poll-response.entity';
import { PollEntity } from './entities/poll.entity';

const UPDATES_PER_SECOND = 4;

/** Whether everyone in the session may see a poll's results now (staff always may). */
export function resultsArePublic(poll: PollEntity): boolean {
  if (poll.status === 'draft') return false;
  if (poll.resultsVisibility === 'live') return true;
  return poll.resultsVisibility === 'after_close' && poll.status === 'closed';
}

/**
 * Poll tallies reach the room as current totals at a bounded rate, never one message per answer,
 * and only to those allowed to see them.
 */
@Injectable()
export class PollTalliesService implements OnModuleDestroy {
  private readonly logger = new Logger(PollTalliesService.name);
  private readonly pushes = Coalescer.eachKey(
    (pollId: string) => this.push(pollId),
    { logger: this.logger, what: 'poll results' },
    1000 / UPDATES_PER_SECOND,
  );

  constructor(
    @InjectRepository(PollEntity) private readonly polls: Repository<PollEntity>,
    @InjectRepository(PollResponseEntity)
    private readonly responses: Repository<PollResponseEntity>,
    private readonly live: LiveEmitter,
  ) {}

  changed(pollId: string): void {
    this.pushes.mark(pollId);
  }

  async results(poll: PollEntity): Promise<PollResults> {
    const answers = await this.responses.find({
      where: { pollId: poll.id },
      select: { optionIds: true, rating: true, text: true, answeredAt: true },
    });
    return {
      pollId: poll.id,
      sessionId: poll.sessionId,
      ...tallyPoll(
        poll,
        answers.map((answer) => ({ ...answer, answeredAt: answer.answeredAt.toISOString() })),
      ),
    };
  }

  onModuleDestroy(): void {
    this.pushes.stop();
  }

  private async push(pollId: string): Promise<void> {
    const poll = await this.polls.findOneBy({ id: pollId });
    if (!poll) return;
    const results = await this.results(poll);
    this.live.toRoom(rooms.sessionStaff(poll.sessionId), 'poll:results', results);
    if (resultsArePublic(poll)) {
      this.live.toRoomExcept(
        rooms.session(poll.sessionId),
        [rooms.sessionStaff(poll.sessionId)],
        'poll:results',
        results,
      );
    }
  }
}
