import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type AnswerPoll,
  type CreatePoll,
  englishText,
  type Poll,
  type PollAnswer,
  type PollRef,
  type PollResults,
  rooms,
  type ShowPoll,
} from '@hadir/contracts';
import { csvTable, readAnswer } from '@hadir/domain';
import { IsNull, Not, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { PollResponseEntity } from './entities/poll-response.entity';
import { PollEntity } from './entities/poll.entity';
import { PollTalliesService, resultsArePublic } from './poll-tallies.service';
import { SessionAccessService } from '../events/session-access.service';

const DEFAULT_SCALE_MAX = 5;

/** Polls in a session: staff prepare, open and close them; everyone answers once. */
@Injectable()
export class PollsService {
  constructor(
    @InjectRepository(PollEntity) private readonly polls: Repository<PollEntity>,
    @InjectRepository(PollResponseEntity)
    private readonly responses: Repository<PollResponseEntity>,
    private readonly sessions: SessionAccessService,
    private readonly tallies: PollTalliesService,
    private readonly live: LiveEmitter,
  ) {}

  /** Idempotent on the client's id: a resend returns the poll it created. */
  async create(personId: string, input: CreatePoll): Promise<Poll> {
    await this.sessions.staff(personId, input.sessionId);
    const existing = await this.polls.findOneBy({ id: input.id });
    if (existing) {
      if (existing.sessionId !== input.sessionId || existing.createdBy !== personId) {
        throw HadirException.of('polls.idTaken');
      }
      return this.view(existing, true);
    }
    const now = new Date();
    const options = input.options.map((label, index) => ({ id: `o${index + 1}`, label }));
    await this.polls.insert({
      id: input.id,
      sessionId: input.sessionId,
      question: input.question,
      kind: input.kind,
      options,
      scaleMax: input.kind === 'rating' ? (input.scaleMax ?? DEFAULT_SCALE_MAX) : null,
      correctOptionId:
        input.kind === 'quiz' && input.correctOption !== undefined
          ? (options[input.correctOption]?.id ?? null)
          : null,
      status: input.open ? 'open' : 'draft',
      resultsVisibility: input.resultsVisibility,
      anonymous: input.anonymous,
      allowChange: input.allowChange,
      createdBy: personId,
      createdAt: now,
      openedAt: input.open ? now : null,
      closedAt: null,
    });
    return this.changed(await this.get(input.id, input.sessionId));
  }

  async open(personId: string, ref: PollRef): Promise<Poll> {
    await this.sessions.staff(personId, ref.sessionId);
    const poll = await this.get(ref.pollId, ref.sessionId);
    if (poll.status !== 'open') {
      await this.polls.update(poll.id, { status: 'open', openedAt: new Date(), closedAt: null });
    }
    return this.changed(await this.get(ref.pollId, ref.sessionId));
  }

  async close(personId: string, ref: PollRef): Promise<Poll> {
    await this.sessions.staff(personId, ref.sessionId);
    const poll = await this.get(ref.pollId, ref.sessionId);
    if (poll.status !== 'open') {
      throw HadirException.of('polls.closeNotOpen');
    }
    await this.polls.update(poll.id, { status: 'closed', closedAt: new Date() });
    return this.changed(await this.get(ref.pollId, ref.sessionId));
  }

  /**
   * One poll at a time is on the display: putting one there takes the other off. A draft cannot
   * be shown, since the hall would see a question nobody can answer yet.
   */
  async show(personId: string, input: ShowPoll): Promise<Poll> {
    await this.sessions.staff(personId, input.sessionId);
    const poll = await this.get(input.pollId, input.sessionId);
    if (input.shown && poll.status === 'draft') {
      throw HadirException.of('polls.showDraft');
    }
    const before = await this.polls.find({
      where: { sessionId: input.sessionId, shownAt: Not(IsNull()) },
    });
    await this.polls.manager.transaction(async (manager) => {
      await manager.update(
        PollEntity,
        { sessionId: input.sessionId, shownAt: Not(IsNull()) },
        { shownAt: null },
      );
      if (input.shown) await manager.update(PollEntity, poll.id, { shownAt: new Date() });
    });
    for (const previous of before) {
      if (previous.id !== poll.id) this.changed(await this.get(previous.id, input.sessionId));
    }
    return this.changed(await this.get(poll.id, input.sessionId));
  }

  /**
   * One answer per person. A resend (same client id) returns it unchanged; a new answer replaces
   * it only while the poll is open and allows changes.
   */
  async answer(personId: string, input: AnswerPoll): Promise<PollAnswer> {
    await this.sessions.member(personId, input.sessionId);
    const poll = await this.get(input.pollId, input.sessionId);
    const key = { pollId: poll.id, personId };
    const stored = await this.responses.findOneBy(key);
    if (stored?.answerId === input.id) return toAnswer(stored);
    if (poll.status !== 'open') {
      throw HadirException.of('polls.notOpen');
    }
    const read = readAnswer(poll, input);
    if (!read.ok) {
      const issue = { path: 'answer', message: englishText(read.refusal) };
      throw HadirException.from(read.refusal, [issue]);
    }
    if (stored && !poll.allowChange) {
      throw HadirException.of('polls.answeredAlready');
    }
    const row = { ...key, ...read.answer, answerId: input.id, answeredAt: new Date() };
    try {
      if (stored) await this.responses.update(key, row);
      else await this.responses.insert(row);
    } catch (thrown) {
      // Two devices of one person answered at once; the first one counts.
      const raced = await this.responses.findOneBy(key);
      if (!raced) throw thrown;
      if (raced.answerId === input.id) return toAnswer(raced);
      throw HadirException.of('polls.answeredAlready');
    }
    this.tallies.changed(poll.id);
    return toAnswer(await this.responses.findOneByOrFail(key));
  }

  /** The polls this viewer may see, their own answers, and the results they may see now. */
  async board(
    viewer: { personId: string; staff: boolean },
    sessionId: string,
  ): Promise<{ polls: Poll[]; myAnswers: PollAnswer[]; results: PollResults[] }> {
    const polls = await this.polls.find({
      where: viewer.staff ? { sessionId } : { sessionId, status: Not('draft') },
      order: { createdAt: 'ASC' },
    });
    const mine = await this.responses.find({ where: { personId: viewer.personId } });
    const ids = new Set(polls.map((poll) => poll.id));
    const results = await Promise.all(
      polls
        .filter((poll) => viewer.staff || resultsArePublic(poll))
        .map((poll) => this.tallies.results(poll)),
    );
    return {
      polls: polls.map((poll) => this.view(poll, viewer.staff)),
      myAnswers: mine.filter((answer) => ids.has(answer.pollId)).map(toAnswer),
      results,
    };
  }

  /** One poll's responses for staff; names only when the poll was not anonymous. */
  async exportCsv(
    personId: string,
    eventId: string,
    sessionId: string,
    pollId: string,
  ): Promise<string> {
    const access = await this.sessions.staff(personId, sessionId);
    if (access.eventId !== eventId) throw HadirException.of('events.sessionNotFound');
    const poll = await this.get(pollId, sessionId);
    const rows = await this.responses.find({
      where: { pollId },
      relations: { person: true },
      order: { answeredAt: 'ASC' },
    });
    const label = new Map(poll.options.map((option) => [option.id, option.label]));
    return csvTable(
      ['Answered at', 'Person', `Answer: ${poll.question}`],
      rows.map((row) => [
        row.answeredAt.toISOString(),
        poll.anonymous ? 'Anonymous' : (row.person?.name ?? ''),
        row.optionIds.map((id) => label.get(id) ?? id).join('; ') ||
          (row.rating !== null ? String(row.rating) : (row.text ?? '')),
      ]),
    );
  }

  private async get(id: string, sessionId: string): Promise<PollEntity> {
    const poll = await this.polls.findOneBy({ id });
    if (!poll || poll.sessionId !== sessionId) {
      throw HadirException.of('polls.pollNotFound');
    }
    return poll;
  }

  /** Staff see every poll in full; the room sees it once it is no longer a draft. */
  private changed(poll: PollEntity): Poll {
    this.live.toRoom(rooms.sessionStaff(poll.sessionId), 'poll:changed', this.view(poll, true));
    if (poll.status !== 'draft') {
      this.live.toRoomExcept(
        rooms.session(poll.sessionId),
        [rooms.sessionStaff(poll.sessionId)],
        'poll:changed',
        this.view(poll, false),
      );
    }
    this.tallies.changed(poll.id);
    return this.view(poll, true);
  }

  private view(poll: PollEntity, staff: boolean): Poll {
    return {
      id: poll.id,
      sessionId: poll.sessionId,
      question: poll.question,
      kind: poll.kind,
      options: poll.options,
      scaleMax: poll.scaleMax,
      correctOptionId: staff || poll.status === 'closed' ? poll.correctOptionId : null,
      status: poll.status,
      resultsVisibility: poll.resultsVisibility,
      anonymous: poll.anonymous,
      allowChange: poll.allowChange,
      createdAt: poll.createdAt.toISOString(),
      openedAt: poll.openedAt?.toISOString() ?? null,
      closedAt: poll.closedAt?.toISOString() ?? null,
      onDisplay: poll.shownAt !== null,
    };
  }
}

function toAnswer(row: PollResponseEntity): PollAnswer {
  return {
    pollId: row.pollId,
    optionIds: row.optionIds,
    rating: row.rating,
    text: row.text,
    answeredAt: row.answeredAt.toISOString(),
  };
}
