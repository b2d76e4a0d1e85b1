import { findSpeakerConflicts, type BookedSlot } from '@hadir/domain';
import { PROGRAMME, type SeedPerson, type SeedSession } from './programme.data';

const COUNTRIES = ['ID', 'BD', 'BT', 'PH', 'IN', 'LA', 'MV', 'MY', 'MM', 'NP', 'PK', 'LK', 'VN'];

const { people, sessions } = PROGRAMME;
const participants = people.filter((p) => p.roles.includes('participant'));
const peopleByKey = new Map(people.map((p) => [p.key, p]));

// Day 1 is 13 September; the fixed +07:00 offset is Jakarta's, which has no daylight saving.
const instant = (day: SeedSession['day'], time: string): string =>
  new Date(`2021-09-1${2 + day}T${time}:00+07:00`).toISOString();

const slotOf = (session: SeedSession, personIds: readonly string[]): BookedSlot => ({
  id: session.key,
  startsAt: instant(session.day, session.start),
  endsAt: instant(session.day, session.end),
  personIds,
});

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

describe('PROGRAMME', () => {
  it('should have exactly 61 participants, each only a participant and an official or owner', () => {
    expect(participants).toHaveLength(61);
    for (const p of participants) {
      expect(p.roles).toEqual(['participant']);
      expect(['official', 'business_owner']).toContain(p.category);
    }
  });

  it('should bring at least 3 participants from each of the 13 countries and no others', () => {
    const perCountry = new Map<string, number>();
    for (const p of participants) perCountry.set(p.country, (perCountry.get(p.country) ?? 0) + 1);
    expect([...perCountry.keys()].sort()).toEqual([...COUNTRIES].sort());
    const underThree = COUNTRIES.filter((country) => (perCountry.get(country) ?? 0) < 3);
    expect(underThree).toEqual([]);
  });

  it('should seat about 25 participants in the hall and the rest remotely', () => {
    const inPerson = participants.filter((p) => p.attendanceMode === 'in_person');
    expect(inPerson.length).toBeGreaterThanOrEqual(20);
    expect(inPerson.length).toBeLessThanOrEqual(30);
  });

  it('should give every person a unique key and a unique, lower-case example address', () => {
    expect(duplicates(people.map((p) => p.key))).toEqual([]);
    expect(duplicates(people.map((p) => p.email))).toEqual([]);
    for (const p of people) {
      expect(p.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.email).toMatch(/^[a-z0-9.]+@example\.(org|gov)$/);
    }
  });

  it('should put in-person people in Jakarta time and speak Indonesian only to Indonesians', () => {
    const outsideJakarta = people.filter(
      (p) => p.attendanceMode === 'in_person' && p.timezone !== 'Asia/Jakarta',
    );
    expect(outsideJakarta.map((p) => p.key)).toEqual([]);
    const wrongLocale = people.filter((p) => p.locale !== (p.country === 'ID' ? 'id' : 'en'));
    expect(wrongLocale.map((p) => p.key)).toEqual([]);
    for (const p of people) expect(p.country).toMatch(/^[A-Z]{2}$/);
  });

  it('should seed Nepal with at least 2 participants and participant-np-1 remote in Kathmandu', () => {
    expect(participants.filter((p) => p.country === 'NP').length).toBeGreaterThanOrEqual(2);
    expect(peopleByKey.get('participant-np-1')).toMatchObject<Partial<SeedPerson>>({
      country: 'NP',
      attendanceMode: 'remote',
      timezone: 'Asia/Kathmandu',
      roles: ['participant'],
    });
  });

  it('should include both opening speakers named in the press coverage', () => {
    const opening = sessions.find((s) => s.key === 'd1-opening');
    expect(opening?.kind).toBe('plenary');
    expect(opening?.speakers).toEqual(
      expect.arrayContaining(['speaker-reni-yanita', 'speaker-arrya-tirto-sumarto']),
    );
    expect(peopleByKey.get('speaker-reni-yanita')?.name).toBe('Reni Yanita');
    expect(peopleByKey.get('speaker-arrya-tirto-sumarto')?.name).toBe('Arrya Tirto Sumarto');
  });

  it('should give every session a unique key', () => {
    expect(duplicates(sessions.map((s) => s.key))).toEqual([]);
  });

  it.each(sessions.map((s) => [s.key, s] as const))(
    'should reference existing people in their proper roles in %s',
    (_key, session) => {
      for (const key of session.speakers) {
        expect({ key, roles: peopleByKey.get(key)?.roles }).toEqual({
          key,
          roles: expect.arrayContaining(['speaker']) as string[],
        });
      }
      for (const key of session.moderators) {
        expect({ key, roles: peopleByKey.get(key)?.roles }).toEqual({
          key,
          roles: expect.arrayContaining(['moderator']) as string[],
        });
      }
    },
  );

  it.each(sessions.map((s) => [s.key, s] as const))(
    'should end %s after it starts, on the same day',
    (_key, session) => {
      expect(session.start).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(session.end).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(session.end > session.start).toBe(true);
    },
  );

  it('should schedule sessions on every day from 1 to 5', () => {
    const days = new Set(sessions.map((s) => s.day));
    expect([...days].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('should stream talks but not breaks, and leave breaks without speakers', () => {
    for (const s of sessions) {
      if (s.kind === 'break') {
        expect({ key: s.key, streamed: s.streamed, speakers: s.speakers }).toEqual({
          key: s.key,
          streamed: false,
          speakers: [],
        });
      } else if (s.kind !== 'breakout_block') {
        expect({ key: s.key, streamed: s.streamed }).toEqual({ key: s.key, streamed: true });
      }
    }
  });

  it('should never book a speaker or moderator into two overlapping sessions', () => {
    const slots = sessions.map((s) => slotOf(s, [...s.speakers, ...s.moderators]));
    expect(findSpeakerConflicts(slots)).toEqual([]);
  });

  it('should never put two overlapping sessions in the same room', () => {
    // A room is booked like a person, so the same check finds double-booked rooms.
    const slots = sessions.map((s) => slotOf(s, s.room === null ? [] : [s.room]));
    expect(findSpeakerConflicts(slots)).toEqual([]);
  });
});
