import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ATTENDANCE_GRACE_MS,
  type AttendanceRule,
  type CertificateCheck,
  DEFAULT_CERTIFICATE_PERCENT,
  type EventAttendanceReport,
  type LedgerModeWire,
  type PersonAttendanceReport,
} from '@hadir/contracts';
import {
  AttendanceLedger,
  csvTable,
  dateInZone,
  type DoorPassage,
  type LedgerSession,
  type RemoteIntervals,
  type SessionOverride,
} from '@hadir/domain';
import { Repository } from 'typeorm';
import { CheckInService } from '../checkin/check-in.service';
import { EventsService } from '../events/events.service';
import { AccessService } from '../identity/access.service';
import { IdentityService } from '../identity/identity.service';
import { PeopleService } from '../identity/people.service';
import { PeopleDirectory } from '../identity/people-directory.service';
import { HadirException } from '../common/hadir.exception';
import { AttendanceCorrectionsService } from './attendance-corrections.service';
import { CertificatesService } from './certificates.service';
import { AttendanceCorrectionEntity } from './entities/attendance-correction.entity';
import { AttendanceRuleEntity } from './entities/attendance-rule.entity';
import { PresenceIntervalEntity } from './entities/presence-interval.entity';
import { openIntervalEnd, readIntervals, RemoteIntervalTable } from './remote-intervals';

interface Person {
  id: string;
  name: string;
  country: string;
  category: PersonAttendanceReport['category'];
}

const NO_INTERVALS: RemoteIntervals = { session: [], joinedAt: [], leftAt: [] };

/**
 * The counted sessions, and by person id: remote intervals, door passages, and the organisers'
 * corrections in force (by session index, with the corrected sessions' ids).
 */
interface Evidence {
  sessions: LedgerSession[];
  remote: Map<string, RemoteIntervals>;
  passages: Map<string, DoorPassage[]>;
  corrections: Map<string, { overrides: Map<number, SessionOverride>; sessionIds: string[] }>;
  certificatePercent: number;
}

/** Figures from the ledger: per person, per session, per day and for the whole event. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectRepository(PresenceIntervalEntity)
    private readonly intervals: Repository<PresenceIntervalEntity>,
    @InjectRepository(AttendanceRuleEntity)
    private readonly rules: Repository<AttendanceRuleEntity>,
    private readonly events: EventsService,
    private readonly checkIns: CheckInService,
    private readonly access: AccessService,
    private readonly identity: IdentityService,
    private readonly people: PeopleService,
    private readonly corrections: AttendanceCorrectionsService,
    private readonly certificates: CertificatesService,
    private readonly directory: PeopleDirectory,
  ) {}

  /** A person's own attendance; nobody else's. */
  async mine(personId: string, eventId: string): Promise<PersonAttendanceReport> {
    await this.access.requireMember(personId, eventId);
    const [me, evidence] = await Promise.all([
      this.identity.me(personId),
      this.evidence(eventId, personId),
    ]);
    const mine = reportAlone(me, evidence);
    return (await this.withCodes(eventId, [mine]))[0] ?? mine;
  }

  /** A certificate's code checked by anyone: whom it names, and whether it still holds. */
  async check(code: string): Promise<CertificateCheck> {
    const certificate = await this.certificates.find(code);
    if (!certificate) throw HadirException.of('attendance.certificateNotFound');
    const [event, person] = await Promise.all([
      this.events.find(certificate.eventId),
      this.directory.person(certificate.personId),
    ]);
    if (!person) throw HadirException.of('attendance.certificateNotFound');
    const stillMember = (await this.access.rolesIn(person.id, event.id)).length > 0;
    const valid =
      stillMember && reportAlone(person, await this.evidence(event.id, person.id)).eligible;
    return {
      code: certificate.code,
      name: person.name,
      country: person.country,
      programme: {
        title: event.title,
        startDate: event.startDate,
        endDate: event.endDate,
        venue: event.venue,
      },
      issuedAt: certificate.issuedAt.toISOString(),
      valid,
    };
  }

  /** Gives each qualifying person's report the code printed on their certificate. */
  private async withCodes(
    eventId: string,
    reports: PersonAttendanceReport[],
  ): Promise<PersonAttendanceReport[]> {
    const codes = await this.certificates.codesFor(
      eventId,
      reports.filter((r) => r.eligible).map((r) => r.personId),
    );
    return reports.map((r) => {
      const given = codes.get(r.personId);
      return {
        ...r,
        certificate: given ? { code: given.code, issuedAt: given.issuedAt.toISOString() } : null,
      };
    });
  }

  async rule(personId: string, eventId: string): Promise<AttendanceRule> {
    await this.access.requireMember(personId, eventId);
    const row = await this.rules.findOneBy({ eventId });
    return { certificatePercent: row?.certificatePercent ?? DEFAULT_CERTIFICATE_PERCENT };
  }

  async setRule(actorId: string, eventId: string, rule: AttendanceRule): Promise<AttendanceRule> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    await this.rules.upsert(
      {
        eventId,
        certificatePercent: rule.certificatePercent,
        updatedBy: actorId,
        updatedAt: new Date(),
      },
      ['eventId'],
    );
    return rule;
  }

  /** Everyone taking part (participants), for the organisers. */
  async event(actorId: string, eventId: string): Promise<EventAttendanceReport> {
    await this.access.requireRole(actorId, eventId, ['organiser']);
    const [members, evidence] = await Promise.all([
      this.people.list(actorId, eventId),
      this.evidence(eventId),
    ]);
    const ledger = new AttendanceLedger(evidence.sessions, ledgerOptions(evidence));
    const people = members
      .filter((member) => member.roles.includes('participant'))
      .map((member) => report(member, ledger, evidence));
    return {
      eventId,
      certificatePercent: evidence.certificatePercent,
      people: await this.withCodes(eventId, people),
    };
  }

  /**
   * The sessions each of these people attended (any minute counts), for features that ask those
   * who were there, such as a session's feedback. Callers check access themselves.
   */
  async attendedSessions(
    eventId: string,
    people: readonly Person[],
  ): Promise<Map<string, Set<string>>> {
    // One person's evidence alone when one is asked about, as a participant's own page does.
    const [only] = people;
    const evidence = await this.evidence(eventId, people.length === 1 ? only?.id : undefined);
    const ledger = new AttendanceLedger(evidence.sessions, ledgerOptions(evidence));
    return new Map(
      people.map((person) => [
        person.id,
        new Set(
          report(person, ledger, evidence)
            .sessions.filter((entry) => entry.minutes > 0)
            .map((entry) => entry.sessionId),
        ),
      ]),
    );
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
    // Every session's attendance in one pass over everyone's figures, not a pass a session.
    const counts = new Map<string, Record<'attended' | LedgerModeWire | 'minutes', number>>();
    for (const person of people) {
      for (const entry of person.sessions) {
        if (entry.minutes <= 0) continue;
        const count = counts.get(entry.sessionId) ?? {
          attended: 0,
          in_person: 0,
          remote: 0,
          both: 0,
          minutes: 0,
        };
        count.attended += 1;
        if (entry.mode) count[entry.mode] += 1;
        count.minutes += entry.minutes;
        counts.set(entry.sessionId, count);
      }
    }
    const rows = agenda.sessions
      .filter((session) => session.kind !== 'break')
      .map((session) => {
        const count = counts.get(session.id);
        return [
          session.title,
          session.startsAt,
          session.endsAt,
          session.room ?? '',
          count?.attended ?? 0,
          count?.in_person ?? 0,
          count?.remote ?? 0,
          count?.both ?? 0,
          count?.minutes ?? 0,
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

  /** Each person's remote intervals in these sessions, which they name by index. */
  private async remoteIntervals(
    sessionIds: string[],
    personId?: string,
  ): Promise<Map<string, RemoteIntervals>> {
    const table = new RemoteIntervalTable();
    const now = Date.now();
    if (this.intervals.manager.connection.options.type === 'postgres') {
      for (const { session, intervals } of await this.intervalTexts(sessionIds, personId)) {
        if (intervals) readIntervals(intervals, session - 1, table, now);
      }
    } else {
      const index = new Map(sessionIds.map((id, k) => [id, k]));
      for (const row of await this.intervalRows(sessionIds, personId)) {
        const session = index.get(row.sessionId);
        if (session === undefined) continue;
        table.add(
          row.personId,
          session,
          Math.round(Number(row.joinedAt)),
          row.leftAt !== null
            ? Math.round(Number(row.leftAt))
            : openIntervalEnd(Math.round(Number(row.lastSeenAt)), now),
        );
      }
    }
    return table.byPerson();
  }

  /**
   * PostgreSQL: each session's intervals as one text (`readIntervals` reads it). A large event
   * has a million, and decoding them as rows, with an object and a string or Date a column, was
   * most of the report's time. Times are written as PostgreSQL writes a `timestamp`: exact, and
   * cheaper for it than EXTRACT(EPOCH …), whose numeric cost more than reading the table.
   */
  private intervalTexts(
    sessionIds: string[],
    personId?: string,
  ): Promise<{ session: number; intervals: string | null }[]> {
    return this.intervals.query(
      `SELECT s.n::int AS session, x.intervals
       FROM unnest($1::varchar[]) WITH ORDINALITY AS s(id, n)
       CROSS JOIN LATERAL (
         SELECT string_agg(
                  i.person_id || ',' || i.joined_at || ',' ||
                  COALESCE(i.left_at::text, 'o' || i.last_seen_at),
                  ',') AS intervals
         FROM presence_intervals i
         WHERE i.session_id = s.id AND i.mode = 'remote' ${personId ? 'AND i.person_id = $2' : ''}
       ) x`,
      personId ? [sessionIds, personId] : [sessionIds],
    );
  }

  /** SQLite: a row an interval, times as epoch milliseconds computed by the database. */
  private intervalRows(sessionIds: string[], personId?: string): Promise<IntervalRow[]> {
    const epoch = (column: string) => `((julianday(${column}) - 2440587.5) * 86400000.0)`;
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
  private async evidence(eventId: string, personId?: string): Promise<Evidence> {
    const agenda = await this.events.agendaOf(eventId);
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
    const [remote, passages, corrections, rule] = await Promise.all([
      sessions.length === 0
        ? new Map<string, RemoteIntervals>()
        : this.remoteIntervals(
            sessions.map((session) => session.id),
            personId,
          ),
      this.checkIns.passages(eventId, personId),
      this.corrections.inForce(eventId, personId),
      this.rules.findOneBy({ eventId }),
    ]);
    return {
      sessions,
      remote,
      passages: groupBy(passages, (passage) => passage.personId),
      corrections: overridesOf(sessions, corrections),
      certificatePercent: rule?.certificatePercent ?? DEFAULT_CERTIFICATE_PERCENT,
    };
  }
}

interface IntervalRow {
  personId: string;
  sessionId: string;
  joinedAt: number | string;
  leftAt: number | string | null;
  lastSeenAt: number | string;
}

function ledgerOptions(evidence: Evidence) {
  return {
    graceMs: ATTENDANCE_GRACE_MS,
    now: Date.now(),
    rule: { minPercent: evidence.certificatePercent },
  };
}

/** The figures of one person whose evidence alone was read. */
function reportAlone(person: Person, evidence: Evidence): PersonAttendanceReport {
  return report(person, new AttendanceLedger(evidence.sessions, ledgerOptions(evidence)), evidence);
}

/** One person's figures, as the API answers them. */
function report(
  person: Person,
  ledger: AttendanceLedger,
  evidence: Evidence,
): PersonAttendanceReport {
  const corrected = evidence.corrections.get(person.id);
  const figures = ledger.person(
    evidence.remote.get(person.id) ?? NO_INTERVALS,
    evidence.passages.get(person.id) ?? [],
    corrected?.overrides,
  );
  return {
    personId: person.id,
    name: person.name,
    country: person.country,
    category: person.category,
    total: figures.total,
    days: figures.days,
    sessions: figures.sessions,
    certificatePercent: evidence.certificatePercent,
    eligible: figures.eligible,
    certificate: null,
    correctedSessionIds: corrected?.sessionIds ?? [],
  };
}

/** What each correction in force says, as the ledger takes it: by session index. */
function overridesOf(
  sessions: LedgerSession[],
  corrections: Map<string, Map<string, AttendanceCorrectionEntity>>,
): Evidence['corrections'] {
  const index = new Map(sessions.map((session, k) => [session.id, k]));
  const byPerson: Evidence['corrections'] = new Map();
  for (const [personId, bySession] of corrections) {
    const overrides = new Map<number, SessionOverride>();
    for (const [sessionId, correction] of bySession) {
      const k = index.get(sessionId);
      if (k === undefined) continue;
      const session = sessions[k];
      overrides.set(k, {
        mode: correction.mode ?? 'in_person',
        span:
          correction.kind === 'absent'
            ? null
            : {
                start: correction.fromAt?.getTime() ?? session.startsAt,
                end: correction.toAt?.getTime() ?? session.endsAt,
              },
      });
    }
    byPerson.set(personId, { overrides, sessionIds: [...bySession.keys()] });
  }
  return byPerson;
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
