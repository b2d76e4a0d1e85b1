import { type CheckInRoster } from '@hadir/contracts';
import { type DeviceScan, doorVerdict, type RosterEntry } from './door-verdict';

const EVENT_ID = '3f0c7f3e-7d2a-4f38-9a51-0d2b6f1c9a10';
const SESSION_ID = '6b1f0a52-1c55-4d7e-8a0b-2c3d4e5f6a7b';

function entry(id: string, name: string, overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    id,
    name,
    country: 'NP',
    organisation: 'Ministry of Industry',
    category: 'official',
    attendanceMode: 'in_person',
    badgeCode: null,
    badgeRevoked: [],
    admittedAt: null,
    checkedOutAt: null,
    ...overrides,
  };
}

const aarav = entry('00000000-0000-4000-8000-000000000001', 'Aarav', { badgeCode: 'AARAV1' });
const maria = entry('00000000-0000-4000-8000-000000000002', 'Maria', {
  badgeCode: 'MARIA2',
  badgeRevoked: ['MARIA1'],
});
const bilal = entry('00000000-0000-4000-8000-000000000003', 'Bilal', {
  badgeCode: 'BILAL1',
  admittedAt: '2021-09-15T01:10:00.000Z',
});

const roster: CheckInRoster = {
  eventId: EVENT_ID,
  day: '2021-09-15',
  timezone: 'Asia/Jakarta',
  startDate: '2021-09-13',
  endDate: '2021-09-17',
  people: [aarav, maria, bilal],
};

/** 09:00 in Jakarta on the roster's day. */
const MORNING = '2021-09-15T02:00:00.000Z';

describe('doorVerdict', () => {
  it('admits a registered badge, whatever its case or surrounding spaces', () => {
    const verdict = doorVerdict(roster, { badgeCode: ' aarav1 ', scannedAt: MORNING }, []);
    expect(verdict).toMatchObject({ status: 'admitted', day: '2021-09-15', first: null });
    expect(verdict.person?.name).toBe('Aarav');
  });

  it('tells a revoked badge from an unknown one', () => {
    expect(doorVerdict(roster, { badgeCode: 'MARIA1', scannedAt: MORNING }, [])).toMatchObject({
      status: 'revoked',
      person: { name: 'Maria' },
    });
    expect(doorVerdict(roster, { badgeCode: 'NOBODY', scannedAt: MORNING }, [])).toMatchObject({
      status: 'not_registered',
      person: null,
    });
  });

  it('finds a person picked by search, and nobody outside the roster', () => {
    expect(doorVerdict(roster, { personId: maria.id, scannedAt: MORNING }, []).status).toBe(
      'admitted',
    );
    expect(
      doorVerdict(
        roster,
        { personId: '00000000-0000-4000-8000-000000000099', scannedAt: MORNING },
        [],
      ).status,
    ).toBe('not_registered');
  });

  it('reads the day in the event zone: 23:30 in Jakarta on the last day is still expected', () => {
    const lastEvening = '2021-09-17T16:30:00.000Z';
    expect(doorVerdict(roster, { badgeCode: 'AARAV1', scannedAt: lastEvening }, [])).toMatchObject({
      status: 'admitted',
      day: '2021-09-17',
    });
    const afterwards = '2021-09-17T17:30:00.000Z';
    expect(doorVerdict(roster, { badgeCode: 'AARAV1', scannedAt: afterwards }, [])).toMatchObject({
      status: 'not_expected_today',
      day: '2021-09-18',
    });
  });

  it('reports the admission the roster already knew of as the first one', () => {
    expect(doorVerdict(roster, { badgeCode: 'BILAL1', scannedAt: MORNING }, [])).toMatchObject({
      status: 'duplicate',
      first: { checkInId: null, scannedAt: bilal.admittedAt, deviceId: null },
    });
  });

  it('does not apply a roster admission to another day', () => {
    const nextMorning = '2021-09-16T02:00:00.000Z';
    expect(doorVerdict(roster, { badgeCode: 'BILAL1', scannedAt: nextMorning }, []).status).toBe(
      'admitted',
    );
  });

  it("counts this device's own admissions, per day and per session", () => {
    const earlier: DeviceScan = {
      checkInId: '00000000-0000-4000-8000-0000000000a1',
      personId: aarav.id,
      day: '2021-09-15',
      scope: '',
      direction: 'in',
      scannedAt: '2021-09-15T01:55:00.000Z',
      deviceId: 'Main door',
    };
    expect(
      doorVerdict(roster, { badgeCode: 'AARAV1', scannedAt: MORNING }, [earlier]),
    ).toMatchObject({
      status: 'duplicate',
      first: { checkInId: earlier.checkInId, deviceId: 'Main door' },
    });
    expect(
      doorVerdict(roster, { badgeCode: 'AARAV1', scannedAt: MORNING, sessionId: SESSION_ID }, [
        earlier,
      ]).status,
    ).toBe('admitted');
    expect(
      doorVerdict(roster, { badgeCode: 'BILAL1', scannedAt: MORNING, sessionId: SESSION_ID }, [
        { ...earlier, personId: bilal.id, scope: SESSION_ID },
      ]).status,
    ).toBe('duplicate');
  });

  it('checks out someone who is in, and refuses to check out someone who is not', () => {
    expect(
      doorVerdict(roster, { badgeCode: 'BILAL1', scannedAt: MORNING, direction: 'out' }, []),
    ).toMatchObject({ status: 'checked_out', first: { scannedAt: bilal.admittedAt } });
    expect(
      doorVerdict(roster, { badgeCode: 'AARAV1', scannedAt: MORNING, direction: 'out' }, []),
    ).toMatchObject({ status: 'not_checked_in', first: null });
  });

  it("admits again, as a return, someone who checked out; the day's first arrival stays first", () => {
    const left: DeviceScan = {
      checkInId: '00000000-0000-4000-8000-0000000000b1',
      personId: bilal.id,
      day: '2021-09-15',
      scope: '',
      direction: 'out',
      scannedAt: '2021-09-15T01:30:00.000Z',
      deviceId: 'Side door',
    };
    expect(doorVerdict(roster, { badgeCode: 'BILAL1', scannedAt: MORNING }, [left])).toMatchObject({
      status: 'admitted',
      reentry: true,
      first: { scannedAt: bilal.admittedAt },
    });
    const outOnRoster = { ...roster, people: [{ ...bilal, checkedOutAt: left.scannedAt }] };
    expect(doorVerdict(outOnRoster, { badgeCode: 'BILAL1', scannedAt: MORNING }, []).status).toBe(
      'admitted',
    );
  });

  it('keeps venue rooms apart from the building', () => {
    const inRoom: DeviceScan = {
      checkInId: '00000000-0000-4000-8000-0000000000c1',
      personId: aarav.id,
      day: '2021-09-15',
      scope: 'room:Melati',
      direction: 'in',
      scannedAt: '2021-09-15T01:00:00.000Z',
      deviceId: 'Melati door',
    };
    expect(
      doorVerdict(roster, { badgeCode: 'AARAV1', scannedAt: MORNING, venueRoom: 'Melati' }, [
        inRoom,
      ]).status,
    ).toBe('duplicate');
    expect(doorVerdict(roster, { badgeCode: 'AARAV1', scannedAt: MORNING }, [inRoom]).status).toBe(
      'admitted',
    );
  });
});
