import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type AskQuestion,
  type EditQuestion,
  type ErrorReason,
  type ModerateQuestion,
  type QnaSettings,
  type Question,
  type QuestionRef,
  QUESTIONS_PER_MINUTE,
  type QuestionStatus,
  type ReplyQuestion,
  rooms,
  type UpdateQnaSettings,
  type VoteQuestion,
  type VoteResult,
} from '@hadir/contracts';
import { csvTable } from '@hadir/domain';
import { In, MoreThan, Not, Repository } from 'typeorm';
import { HadirException } from '../common/hadir.exception';
import { LiveEmitter } from '../realtime/live-emitter.service';
import { QnaSettingsEntity } from './entities/qna-settings.entity';
import { QuestionVoteEntity } from './entities/question-vote.entity';
import { QuestionEntity } from './entities/question.entity';
import { SessionAccessService } from '../events/session-access.service';
import { VoteTotalsService } from './vote-totals.service';

const DEFAULT_SETTINGS: QnaSettings = { moderated: true, revealAnonymousToStaff: true };
/** What everyone in the session sees; the rest only staff and the author do. */
const PUBLIC: readonly QuestionStatus[] = ['approved', 'live', 'answered'];
const RATE_WINDOW_MS = 60_000;

/** Which statuses each moderation step may start from. */
const MOVES: Record<Exclude<ModerateQuestion['action'], 'pin' | 'unpin'>, QuestionStatus[]> = {
  approve: ['pending', 'dismissed'],
  dismiss: ['pending', 'approved', 'live', 'answered'],
  live: ['pending', 'approved', 'answered'],
  answered: ['approved', 'live'],
};
const STATUS_OF: Record<keyof typeof MOVES, QuestionStatus> = {
  approve: 'approved',
  dismiss: 'dismissed',
  live: 'live',
  answered: 'answered',
};
/** Why a question cannot take a moderation step, by the status it is in. */
const CANNOT_MOVE = {
  pending: 'qna.pendingCannotMove',
  approved: 'qna.approvedCannotMove',
  live: 'qna.liveCannotMove',
  answered: 'qna.answeredCannotMove',
  dismissed: 'qna.dismissedCannotMove',
  withdrawn: 'qna.withdrawnCannotMove',
} as const satisfies Record<QuestionStatus, ErrorReason>;

interface Viewer {
  personId: string;
  staff: boolean;
}

/**
 * A session's Q&A. Every change is pushed twice: in full to the session's staff, and to everyone
 * else without the name behind an anonymous question, once the question is public.
 */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    @InjectRepository(QuestionVoteEntity) private readonly votes: Repository<QuestionVoteEntity>,
    @InjectRepository(QnaSettingsEntity)
    private readonly settingsRows: Repository<QnaSettingsEntity>,
    private readonly sessions: SessionAccessService,
    private readonly totals: VoteTotalsService,
    private readonly live: LiveEmitter,
  ) {}

  async settings(sessionId: string): Promise<QnaSettings> {
    const row = await this.settingsRows.findOneBy({ sessionId });
    return row
      ? { moderated: row.moderated, revealAnonymousToStaff: row.revealAnonymousToStaff }
      : DEFAULT_SETTINGS;
  }

  async updateSettings(personId: string, input: UpdateQnaSettings): Promise<QnaSettings> {
    await this.sessions.staff(personId, input.sessionId);
    const settings = {
      moderated: input.moderated,
      revealAnonymousToStaff: input.revealAnonymousToStaff,
    };
    await this.settingsRows.upsert({ sessionId: input.sessionId, ...settings }, ['sessionId']);
    this.live.toRoom(rooms.session(input.sessionId), 'qna:settings.changed', {
      sessionId: input.sessionId,
      settings,
    });
    return settings;
  }

  /** Idempotent on the client's id: a resend returns the question it created. */
  async ask(personId: string, input: AskQuestion): Promise<Question> {
    const { staff } = await this.sessions.member(personId, input.sessionId);
    const viewer = { personId, staff };
    const existing = await this.find(input.id);
    if (existing) return this.resent(existing, viewer, input.sessionId);
    await this.checkRate(personId, input.sessionId);

    const settings = await this.settings(input.sessionId);
    const now = new Date();
    try {
      await this.questions.insert({
        id: input.id,
        sessionId: input.sessionId,
        authorId: personId,
        text: input.text,
        anonymous: input.anonymous,
        status: settings.moderated ? 'pending' : 'approved',
        pinned: false,
        votes: 0,
        replyText: null,
        replyBy: null,
        repliedAt: null,
        createdAt: now,
        updatedAt: now,
      });
    } catch (thrown) {
      // The same resend reached two nodes at once; the other one stored it.
      const raced = await this.find(input.id);
      if (raced) return this.resent(raced, viewer, input.sessionId);
      throw thrown;
    }
    const question = await this.get(input.id, input.sessionId);
    await this.publish(question);
    return this.view(question, viewer, settings);
  }

  async edit(personId: string, input: EditQuestion): Promise<Question> {
    const question = await this.own(personId, input);
    await this.questions.update(question.id, { text: input.text, updatedAt: new Date() });
    return this.changed(question.id, input.sessionId, { personId, staff: false });
  }

  async withdraw(personId: string, input: QuestionRef): Promise<Question> {
    const question = await this.own(personId, input);
    await this.questions.update(question.id, { status: 'withdrawn', updatedAt: new Date() });
    return this.changed(question.id, input.sessionId, { personId, staff: false });
  }

  /**
   * The voter sends the state they want, with an id of their own; the primary key on
   * (question, person) makes a second upvote, or a resend of the first, change nothing.
   */
  async vote(personId: string, input: VoteQuestion): Promise<VoteResult> {
    await this.sessions.member(personId, input.sessionId);
    const fast = await this.voteAtOnce(personId, input);
    if (fast !== undefined) {
      this.totals.changed(input.sessionId, input.questionId);
      return { questionId: input.questionId, votes: fast, votedByMe: input.up };
    }
    const question = await this.questions.findOne({
      where: { id: input.questionId },
      select: { id: true, sessionId: true, status: true },
    });
    if (!question || question.sessionId !== input.sessionId) {
      throw HadirException.of('qna.questionNotFound');
    }
    if (!PUBLIC.includes(question.status)) {
      throw HadirException.of('qna.notOnBoard');
    }
    const key = { questionId: question.id, personId };
    let changed = false;
    if (input.up) {
      try {
        await this.questions.manager.transaction(async (manager) => {
          await manager.insert(QuestionVoteEntity, {
            ...key,
            voteId: input.id,
            createdAt: new Date(),
          });
          await manager.increment(QuestionEntity, { id: question.id }, 'votes', 1);
        });
        changed = true;
      } catch (thrown) {
        if (!(await this.votes.existsBy(key))) throw thrown;
      }
    } else {
      await this.questions.manager.transaction(async (manager) => {
        const { affected } = await manager.delete(QuestionVoteEntity, key);
        if (affected) await manager.decrement(QuestionEntity, { id: question.id }, 'votes', 1);
        changed = Boolean(affected);
      });
    }
    if (changed) this.totals.changed(input.sessionId, question.id);
    const { votes } = await this.questions.findOneOrFail({
      where: { id: question.id },
      select: { id: true, votes: true },
    });
    return { questionId: question.id, votes, votedByMe: input.up };
  }

  /**
   * On PostgreSQL, a vote that changes something is one statement: the vote row and the count
   * move together, and only for a question on the board. Anything else (a repeat, a question
   * off the board or unknown) returns undefined and takes the general path, which explains it.
   */
  private async voteAtOnce(personId: string, input: VoteQuestion): Promise<number | undefined> {
    const manager = this.questions.manager;
    if (manager.connection.options.type !== 'postgres') return undefined;
    const onBoard = `EXISTS (SELECT 1 FROM questions
                             WHERE id = $1 AND session_id = $3 AND status IN ('approved', 'live', 'answered'))`;
    // The structured result: for an UPDATE, the plain one is [rows, count] rather than rows.
    const runner = manager.connection.createQueryRunner();
    try {
      const { records } = await runner.query(
        input.up
          ? `WITH vote AS (
             INSERT INTO question_votes (question_id, person_id, vote_id, created_at)
             SELECT $1::varchar, $2::varchar, $4::varchar, now() WHERE ${onBoard}
             ON CONFLICT DO NOTHING
             RETURNING question_id)
           UPDATE questions SET votes = votes + 1
            WHERE id = $1 AND EXISTS (SELECT 1 FROM vote)
           RETURNING votes`
          : `WITH vote AS (
             DELETE FROM question_votes
              WHERE question_id = $1 AND person_id = $2 AND $4::varchar IS NOT NULL AND ${onBoard}
             RETURNING question_id)
           UPDATE questions SET votes = votes - 1
            WHERE id = $1 AND EXISTS (SELECT 1 FROM vote)
           RETURNING votes`,
        [input.questionId, personId, input.sessionId, input.id],
        true,
      );
      return (records as { votes: number }[])[0]?.votes;
    } finally {
      await runner.release();
    }
  }

  async moderate(personId: string, input: ModerateQuestion): Promise<Question> {
    await this.sessions.staff(personId, input.sessionId);
    const question = await this.get(input.questionId, input.sessionId);
    const now = new Date();
    if (input.action === 'pin' || input.action === 'unpin') {
      await this.questions.update(question.id, {
        pinned: input.action === 'pin',
        updatedAt: now,
      });
      return this.changed(question.id, input.sessionId, { personId, staff: true });
    }
    const { action } = input;
    if (!MOVES[action].includes(question.status)) {
      throw HadirException.of(CANNOT_MOVE[question.status]);
    }
    const previous = action === 'live' ? await this.liveQuestion(input.sessionId) : null;
    await this.questions.manager.transaction(async (manager) => {
      // At most one question is being answered: putting one live closes the one before it.
      if (previous && previous.id !== question.id) {
        await manager.update(QuestionEntity, previous.id, { status: 'answered', updatedAt: now });
      }
      await manager.update(QuestionEntity, question.id, {
        status: STATUS_OF[action],
        updatedAt: now,
      });
    });
    if (previous && previous.id !== question.id) {
      await this.publish(await this.get(previous.id, input.sessionId));
    }
    return this.changed(question.id, input.sessionId, { personId, staff: true });
  }

  async reply(personId: string, input: ReplyQuestion): Promise<Question> {
    await this.sessions.staff(personId, input.sessionId);
    const question = await this.get(input.questionId, input.sessionId);
    const now = new Date();
    await this.questions.update(question.id, {
      replyText: input.text,
      replyBy: personId,
      repliedAt: now,
      updatedAt: now,
    });
    return this.changed(question.id, input.sessionId, { personId, staff: true });
  }

  /** The questions this viewer may see, and which of them they asked and voted for. */
  async board(
    viewer: Viewer,
    sessionId: string,
  ): Promise<{ questions: Question[]; myQuestionIds: string[]; myVotes: string[] }> {
    const settings = await this.settings(sessionId);
    const rows = await this.questions.find({
      where: { sessionId, status: Not('withdrawn') },
      relations: { author: true, replier: true },
      order: { createdAt: 'ASC' },
    });
    const visible = rows.filter(
      (row) => viewer.staff || PUBLIC.includes(row.status) || row.authorId === viewer.personId,
    );
    const ids = visible.map((row) => row.id);
    const myVotes =
      ids.length > 0
        ? await this.votes.find({
            where: { personId: viewer.personId, questionId: In(ids) },
            select: { questionId: true },
          })
        : [];
    return {
      questions: visible.map((row) => this.view(row, viewer, settings)),
      myQuestionIds: visible.filter((row) => row.authorId === viewer.personId).map((r) => r.id),
      myVotes: myVotes.map((vote) => vote.questionId),
    };
  }

  /** The session's questions as a spreadsheet for staff, safe to open in Excel. */
  async exportCsv(personId: string, eventId: string, sessionId: string): Promise<string> {
    const access = await this.sessions.staff(personId, sessionId);
    if (access.eventId !== eventId) throw HadirException.of('events.sessionNotFound');
    const { questions } = await this.board({ personId, staff: true }, sessionId);
    const header = ['Asked at', 'Status', 'Votes', 'Pinned', 'Question', 'Asked by', 'Reply'];
    return csvTable(
      header,
      questions.map((question) => [
        question.createdAt,
        question.status,
        question.votes,
        question.pinned ? 'yes' : 'no',
        question.text,
        question.author?.name ?? 'Anonymous',
        question.reply?.text ?? '',
      ]),
    );
  }

  private async checkRate(personId: string, sessionId: string): Promise<void> {
    const recent = await this.questions.find({
      where: {
        sessionId,
        authorId: personId,
        createdAt: MoreThan(new Date(Date.now() - RATE_WINDOW_MS)),
      },
      select: { id: true, createdAt: true },
      order: { createdAt: 'ASC' },
    });
    if (recent.length < QUESTIONS_PER_MINUTE) return;
    const wait = Math.ceil((recent[0].createdAt.getTime() + RATE_WINDOW_MS - Date.now()) / 1000);
    throw HadirException.of('qna.tooManyQuestions', {
      limit: QUESTIONS_PER_MINUTE,
      seconds: Math.max(wait, 1),
    });
  }

  private async own(personId: string, ref: QuestionRef): Promise<QuestionEntity> {
    await this.sessions.member(personId, ref.sessionId);
    const question = await this.get(ref.questionId, ref.sessionId);
    if (question.authorId !== personId) {
      throw HadirException.of('qna.onlyAuthorChanges');
    }
    if (question.status !== 'pending') {
      throw HadirException.of('qna.notPending');
    }
    return question;
  }

  private async resent(existing: QuestionEntity, viewer: Viewer, sessionId: string) {
    if (existing.authorId !== viewer.personId || existing.sessionId !== sessionId) {
      throw HadirException.of('qna.questionIdTaken');
    }
    return this.view(existing, viewer, await this.settings(sessionId));
  }

  private liveQuestion(sessionId: string): Promise<QuestionEntity | null> {
    return this.questions.findOneBy({ sessionId, status: 'live' });
  }

  private async changed(questionId: string, sessionId: string, viewer: Viewer) {
    const question = await this.get(questionId, sessionId);
    await this.publish(question);
    return this.view(question, viewer, await this.settings(sessionId));
  }

  private find(id: string): Promise<QuestionEntity | null> {
    return this.questions.findOne({ where: { id }, relations: { author: true, replier: true } });
  }

  private async get(id: string, sessionId: string): Promise<QuestionEntity> {
    const question = await this.find(id);
    if (!question || question.sessionId !== sessionId) {
      throw HadirException.of('qna.questionNotFound');
    }
    return question;
  }

  /**
   * Staff get the question in full; the author gets it on their own devices whatever its status;
   * everyone else in the session gets it once it is public, or when it leaves the board.
   */
  private async publish(question: QuestionEntity): Promise<void> {
    const settings = await this.settings(question.sessionId);
    const staffView = this.view(question, { personId: '', staff: true }, settings);
    const publicView = this.view(question, { personId: '', staff: false }, settings);
    this.live.toRoom(rooms.sessionStaff(question.sessionId), 'qna:question.changed', staffView);
    this.live.toRoom(rooms.person(question.authorId), 'qna:question.changed', {
      ...publicView,
      author: question.author ? { id: question.authorId, name: question.author.name } : null,
    });
    const leftBoard = question.status === 'dismissed';
    if (PUBLIC.includes(question.status) || leftBoard) {
      this.live.toRoomExcept(
        rooms.session(question.sessionId),
        [rooms.sessionStaff(question.sessionId), rooms.person(question.authorId)],
        'qna:question.changed',
        publicView,
      );
    }
  }

  private view(row: QuestionEntity, viewer: Viewer, settings: QnaSettings): Question {
    const named =
      !row.anonymous ||
      row.authorId === viewer.personId ||
      (viewer.staff && settings.revealAnonymousToStaff);
    return {
      id: row.id,
      sessionId: row.sessionId,
      text: row.text,
      anonymous: row.anonymous,
      author: named && row.author ? { id: row.authorId, name: row.author.name } : null,
      status: row.status,
      pinned: row.pinned,
      votes: row.votes,
      reply:
        row.replyText && row.repliedAt
          ? {
              text: row.replyText,
              by: row.replier?.name ?? '',
              at: row.repliedAt.toISOString(),
            }
          : null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
