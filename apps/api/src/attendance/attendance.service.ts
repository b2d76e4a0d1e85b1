import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ATTENDANCE_GRACE_MS,
  type AttendanceTotals,
  DEFAULT_CERTIFICATE_PERCENT,
  type EventAttendanceReport,
  type PersonAttendanceReport,
} from '@hadir/contracts';
import {
  csvTable,
  dateInZone,
  type DoorPassage,
  type LedgerSession,
  personAttendance,
  type RemotePresence,
  summarise,
} from '@hadir/domain';
import { Repository } from 'typeorm';
import { CheckInService } from '../checkin/check-in.service';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';
import { IdentityService } from '../identity/identity.service';
import { PeopleService } from '../identity/people.service';
import { PresenceIntervalEntity } from './entities/presence-interval.entity';
import { PRESENCE_HEARTBEAT_MS } from './heartbeat';

interface Person {
  id: string;
  name: string;
  country: string;
  category: PersonAttendanceReport['category'];
}

interface Evidence {
  sessions: LedgerSession[];
  remote: RemotePresence[];
  passages: DoorPassage[];
}

/** Figures from the ledger: per person, per session, per day and for the whole event. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectRepository(PresenceIntervalEntity)
    private readonly intervals: Repository<PresenceIntervalEntity>,
    private readonly events: EventsService,
    private readonly checkIns: CheckInService,
    private readonly access: AccessService,
    private readonly identity: IdentityService,
    private readonly people: PeopleService,
  ) {}

  /** A person's own attendance; nobody else's. */
  async mine(personId: string, eventId: string): Promise<PersonAttendanceReport> {
    await this.access.requireMember(personId, eventId);
    const [me, evidence] = await Promise.all([
      this.identity.me(personId),
      this.evidence(personId, eventId, personId),
    ]);
    return this.report(me, evidence, Date.now());
  }

  /** Everyone taking part (participants), for the organisers. */
  async event(actorId: string, eventId: string): Promise<EventAttendanceReport> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const [members, evidence] = await Promise.all([
      this.people.list(actorId, eventId),
      this.evidence(actorId, eventId),
    ]);
    const now = Date.now();
    const remote = groupBy(evidence.remote, (presence) => presence.personId);
    const passages = groupBy(evidence.passages, (passage) => passage.personId);
    const people = members
      .filter((member) => member.roles.includes('participant'))
      .map((member) =>
        this.report(
          member,
          {
            sessions: evidence.sessions,
            remote: remote.get(member.id) ?? [],
            passages: passages.get(member.id) ?? [],
          },
          now,
        ),
      );
    return { eventId, certificatePercent: DEFAULT_CERTIFICATE_PERCENT, people };
  }

  /** One row a participant: totals, mode and the certificate decision. */
  async peopleCsv(actorId: string, eventId: string): Promise<string> {
    const { people } = await this.event(actorId, eventId);
    return csvTable(
      ['Name', 'Country', 'Category', 'Mode', 'Minutes', 'Of minutes', 'Percent', 'Certificate'],
      people.map((person) => [
        person.name,
        person.country,
        person.category,
        person.total.mode ?? '',
        person.total.minutes,
        person.total.ofMinutes,
        person.total.percent,
        person.eligible ? 'yes' : 'no',
      ]),
    );
  }

  /** One row a session: how many attended, how, and their minutes together. */
  async sessionsCsv(actorId: string, eventId: string): Promise<string> {
    const [{ people }, agenda] = await Promise.all([
      this.event(actorId, eventId),
      this.events.agenda(actorId, eventId),
    ]);
    const rows = agenda.sessions
      .filter((session) => session.kind !== 'break')
      .map((session) => {
        const attended = people.flatMap((person) =>
          person.sessions.filter((entry) => entry.sessionId === session.id && entry.minutes > 0),
        );
        const count = (mode: string) => attended.filter((entry) => entry.mode === mode).length;
        return [
          session.title,
          session.startsAt,
          session.endsAt,
          session.room ?? '',
          attended.length,
          count('in_person'),
          count('remote'),
          count('both'),
          attended.reduce((sum, entry) => sum + entry.minutes, 0),
        ];
      });
    return csvTable(
      [
        'Session',
        'Starts at',
        'Ends at',
        'Room',
        'Attended',
        'In person',
        'Remote',
        'Both',
        'Minutes attended',
      ],
      rows,
    );
  }

  private report(person: Person, evidence: Evidence, now: number): PersonAttendanceReport {
    const options = { graceMs: ATTENDANCE_GRACE_MS, now };
    const rule = { minPercent: DEFAULT_CERTIFICATE_PERCENT };
    const { sessions, remote, passages } = evidence;
    const total = personAttendance(sessions, remote, passages, { ...options, rule });
    const days = [...new Set(sessions.map((session) => session.day))].map((day) => ({
      day,
      ...totals(
        summarise(
          sessions.filter((session) => session.day === day),
          total.sessions,
          rule,
        ),
      ),
    }));
    return {
      personId: person.id,
      name: person.name,
      country: person.country,
      category: person.category,
      total: totals(total),
      days,
      sessions: total.sessions.map(({ sessionId, minutes, percent, mode }) => ({
        sessionId,
        minutes,
        percent,
        mode,
      })),
      certificatePercent: rule.minPercent,
      eligible: total.eligible,
    };
  }

  /**
   * Remote intervals as epoch milliseconds computed by the database: a large event has a million
   * of them, and turning three timestamps a row into Date objects was most of the report's time.
   */
  private remoteIntervals(sessionIds: string[], personId?: string): Promise<IntervalRow[]> {
    const epoch = (column: string) =>
      this.intervals.manager.connection.options.type === 'postgres'
        ? `(EXTRACT(EPOCH FROM ${column}) * 1000)::float8`
        : `((julianday(${column}) - 2440587.5) * 86400000.0)`;
    const query = this.intervals
      .createQueryBuilder('interval')
      .select('interval.person_id', 'personId')
      .addSelect('interval.session_id', 'sessionId')
      .addSelect(epoch('interval.joined_at'), 'joinedAt')
      .addSelect(epoch('interval.left_at'), 'leftAt')
      .addSelect(epoch('interval.last_seen_at'), 'lastSeenAt')
      .where('interval.session_id IN (:...sessionIds)', { sessionIds })
      .andWhere("interval.mode = 'remote'");
    if (personId) query.andWhere('interval.person_id = :personId', { personId });
    return query.getRawMany<IntervalRow>();
  }

  /** The counted sessions (breaks are not), remote presence and door passages of an event. */
  private async evidence(viewerId: string, eventId: string, personId?: string): Promise<Evidence> {
    const agenda = await this.events.agenda(viewerId, eventId);
    const zone = agenda.event.timezone;
    const sessions = agenda.sessions
      .filter((session) => session.kind !== 'break')
      .map((session) => ({
        id: session.id,
        startsAt: Date.parse(session.startsAt),
        endsAt: Date.parse(session.endsAt),
        room: session.room,
        day: dateInZone(new Date(session.startsAt), zone),
      }));
    const [rows, passages] = await Promise.all([
      sessions.length === 0
        ? []
        : this.remoteIntervals(
            sessions.map((session) => session.id),
            personId,
          ),
      this.checkIns.passages(eventId, personId),
    ]);
    return { sessions, remote: rows.map(toPresence), passages };
  }
}

interface IntervalRow {
  personId: string;
  sessionId: string;
  joinedAt: number | string;
  leftAt: number | string | null;
  lastSeenAt: number | string;
}

/**
 * An interval still open is current, unless its node stopped marking it (a crash): then it ended
 * a heartbeat after it was last seen.
 */
function toPresence(row: IntervalRow): RemotePresence {
  const lastSeenAt = Math.round(Number(row.lastSeenAt));
  const stale = Date.now() - lastSeenAt > 2 * PRESENCE_HEARTBEAT_MS;
  const leftAt =
    row.leftAt !== null
      ? Math.round(Number(row.leftAt))
      : stale
        ? lastSeenAt + PRESENCE_HEARTBEAT_MS
        : null;
  return {
    personId: row.personId,
    sessionId: row.sessionId,
    joinedAt: Math.round(Number(row.joinedAt)),
    leftAt,
  };
}

function totals(figures: ReturnType<typeof personAttendance>): AttendanceTotals {
  return {
    minutes: figures.minutes,
    ofMinutes: figures.ofMinutes,
    percent: figures.percent,
    mode: figures.mode,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
