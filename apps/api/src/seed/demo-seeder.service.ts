import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, dateInZone, datesOf, instantOf, wallClockOf } from '@hadir/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventEntity } from '../events/entities/event.entity';
import { SessionPersonEntity } from '../events/entities/session-person.entity';
import { SessionEntity } from '../events/entities/session.entity';
import { newBadgeCode } from '../identity/badges.service';
import { BadgeEntity } from '../identity/entities/badge.entity';
import { EventRoleEntity } from '../identity/entities/event-role.entity';
import { InvitationEntity } from '../identity/entities/invitation.entity';
import { PersonEntity } from '../identity/entities/person.entity';
import { PollEntity } from '../polls/entities/poll.entity';
import { QuestionEntity } from '../qna/entities/question.entity';
import { LIVE_NOW_SESSION, PROGRAMME } from './programme.data';

/** The programme day that falls on today when dates are shifted: mid-week, with days either side. */
const TODAY_IS_DAY = 3;

/**
 * Seeds the demo programme into an empty database. With shifted dates (the default) the
 * programme runs this week, so a newcomer lands on today's sessions; the wall-clock times stay
 * those of the real event in Jakarta.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demoMode) await this.seedIfEmpty(new Date());
  }

  /** @returns whether it seeded (false when an event already exists). */
  async seedIfEmpty(now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(EventEntity)) > 0) return false;
      const startDate = this.startDate(now);
      await this.seed(manager, startDate, now);
      this.logger.log(
        `Seeded the demo programme from ${startDate} (${PROGRAMME.people.length} people)`,
      );
      return true;
    });
  }

  private startDate(now: Date): string {
    if (this.config.seedDates === 'original') return PROGRAMME.event.startDate;
    return addDays(dateInZone(now, PROGRAMME.event.timezone), 1 - TODAY_IS_DAY);
  }

  private async seed(manager: EntityManager, startDate: string, now: Date): Promise<void> {
    const { event: seedEvent, people, sessions } = PROGRAMME;
    const days = datesOf(seedEvent.startDate, seedEvent.endDate).length;
    const event = manager.create(EventEntity, {
      ...seedEvent,
      id: randomUUID(),
      startDate,
      endDate: addDays(startDate, days - 1),
      createdAt: now,
    });
    await manager.insert(EventEntity, event);

    const personIds = new Map(people.map((p) => [p.key, randomUUID()]));
    const idOf = (key: string) => {
      const id = personIds.get(key);
      if (!id) throw new Error(`The programme names an unknown person: ${key}`);
      return id;
    };
    await manager.insert(
      PersonEntity,
      people.map(({ key, roles: _roles, ...person }) => ({
        ...person,
        id: idOf(key),
        eventId: event.id,
        createdAt: now,
      })),
    );
    await manager.insert(
      EventRoleEntity,
      people.flatMap((person) =>
        person.roles.map((role) => ({
          id: randomUUID(),
          eventId: event.id,
          personId: idOf(person.key),
          role,
        })),
      ),
    );
    await manager.insert(
      InvitationEntity,
      people.map((person) => ({
        id: randomUUID(),
        eventId: event.id,
        personId: idOf(person.key),
        createdAt: now,
        revokedAt: null,
        lastUsedAt: null,
      })),
    );

    await manager.insert(
      BadgeEntity,
      people.map((person) => ({
        id: randomUUID(),
        code: newBadgeCode(),
        eventId: event.id,
        personId: idOf(person.key),
        createdAt: now,
        revokedAt: null,
      })),
    );

    const instant = (day: number, time: string) =>
      instantOf(addDays(startDate, day - 1), time, seedEvent.timezone);
    const sessionRows = sessions.map((session) => ({
      id: randomUUID(),
      eventId: event.id,
      title: session.title,
      description: session.description,
      kind: session.kind,
      startsAt: instant(session.day, session.start),
      endsAt: instant(session.day, session.end),
      room: session.room,
      streamed: session.streamed,
    }));
    await manager.insert(SessionEntity, sessionRows);
    if (this.config.seedDates === 'shifted') await this.seedLiveNow(manager, event.id, idOf, now);
    await manager.insert(
      SessionPersonEntity,
      sessions.flatMap((session, index) => {
        const sessionId = (sessionRows[index] as { id: string }).id;
        return [
          ...session.speakers.map((key, position) => ({
            sessionId,
            personId: idOf(key),
            role: 'speaker' as const,
            position,
          })),
          ...session.moderators.map((key, position) => ({
            sessionId,
            personId: idOf(key),
            role: 'moderator' as const,
            position,
          })),
        ];
      }),
    );
  }

  /** The session kept live for the demo, with a poll open and two questions asked already. */
  private async seedLiveNow(
    manager: EntityManager,
    eventId: string,
    idOf: (key: string) => string,
    now: Date,
  ): Promise<void> {
    const zone = PROGRAMME.event.timezone;
    const { date, time } = wallClockOf(now, zone);
    const startsAt = instantOf(date, `${time.slice(0, 2)}:00`, zone);
    // A session ends on the day it starts.
    const endsAt = new Date(
      Math.min(
        startsAt.getTime() + LIVE_NOW_SESSION.hours * 3_600_000,
        instantOf(date, '23:59', zone).getTime(),
      ),
    );
    const sessionId = randomUUID();
    await manager.insert(SessionEntity, {
      id: sessionId,
      eventId,
      title: LIVE_NOW_SESSION.title,
      description: LIVE_NOW_SESSION.description,
      kind: 'panel',
      startsAt,
      endsAt,
      room: null,
      streamed: true,
    });
    await manager.insert(PollEntity, {
      id: randomUUID(),
      sessionId,
      question: LIVE_NOW_SESSION.question,
      kind: 'single',
      options: LIVE_NOW_SESSION.options.map((label, index) => ({ id: `o${index + 1}`, label })),
      scaleMax: null,
      correctOptionId: null,
      status: 'open',
      resultsVisibility: 'live',
      anonymous: false,
      allowChange: true,
      createdBy: idOf('moderator-1'),
      createdAt: now,
      openedAt: now,
      closedAt: null,
    });
    const askers = PROGRAMME.people.filter((person) => person.roles.includes('participant'));
    await manager.insert(
      QuestionEntity,
      LIVE_NOW_SESSION.questions.map((text, index) => ({
        id: randomUUID(),
        sessionId,
        authorId: idOf(askers[index * 7]?.key ?? ''),
        text,
        anonymous: false,
        status: 'approved' as const,
        pinned: false,
        votes: 0,
        replyText: null,
        replyBy: null,
        repliedAt: null,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
}
