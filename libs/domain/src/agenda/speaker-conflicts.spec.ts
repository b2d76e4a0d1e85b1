import { type BookedSlot, findSpeakerConflicts } from './speaker-conflicts';

const slot = (
  id: string,
  start: string,
  end: string,
  personIds: readonly string[],
): BookedSlot => ({
  id,
  startsAt: `2021-09-14T${start}:00+07:00`,
  endsAt: `2021-09-14T${end}:00+07:00`,
  personIds,
});

describe(findSpeakerConflicts.name, () => {
  it('should not treat back-to-back slots as a conflict', () => {
    const slots = [
      slot('talk', '10:00', '11:00', ['reni']),
      slot('panel', '11:00', '12:00', ['reni']),
    ];
    expect(findSpeakerConflicts(slots)).toEqual([]);
  });

  it('should report a person booked into two overlapping slots once, earlier slot first', () => {
    const slots = [
      slot('panel', '10:30', '11:30', ['arrya', 'reni']),
      slot('keynote', '10:00', '11:00', ['reni']),
    ];
    expect(findSpeakerConflicts(slots)).toEqual([
      { personId: 'reni', sessionIds: ['keynote', 'panel'] },
    ]);
  });

  it('should report every pair for a person in three overlapping slots', () => {
    const slots = [
      slot('c', '09:30', '10:30', ['intan']),
      slot('a', '09:00', '12:00', ['intan']),
      slot('b', '09:00', '10:00', ['intan']),
    ];
    expect(findSpeakerConflicts(slots)).toEqual([
      { personId: 'intan', sessionIds: ['b', 'a'] },
      { personId: 'intan', sessionIds: ['b', 'c'] },
      { personId: 'intan', sessionIds: ['a', 'c'] },
    ]);
  });

  it('should order conflicts by person so the result does not depend on input order', () => {
    const slots = [
      slot('x', '09:00', '10:00', ['zahra', 'ayu']),
      slot('y', '09:30', '10:30', ['ayu', 'zahra']),
    ];
    const expected = [
      { personId: 'ayu', sessionIds: ['x', 'y'] },
      { personId: 'zahra', sessionIds: ['x', 'y'] },
    ];
    expect(findSpeakerConflicts(slots)).toEqual(expected);
    expect(findSpeakerConflicts([...slots].reverse())).toEqual(expected);
  });

  it('should compare instants rather than text when slots use different offsets', () => {
    const slots: BookedSlot[] = [
      {
        id: 'jakarta',
        startsAt: '2021-09-14T10:00:00+07:00',
        endsAt: '2021-09-14T11:00:00+07:00',
        personIds: ['sita'],
      },
      {
        id: 'utc',
        startsAt: '2021-09-14T03:30:00Z',
        endsAt: '2021-09-14T04:30:00Z',
        personIds: ['sita'],
      },
    ];
    expect(findSpeakerConflicts(slots)).toEqual([
      { personId: 'sita', sessionIds: ['jakarta', 'utc'] },
    ]);
  });

  it('should find nothing when slots have no people', () => {
    const slots = [slot('lunch', '12:00', '13:00', []), slot('coffee', '12:30', '12:45', [])];
    expect(findSpeakerConflicts(slots)).toEqual([]);
  });

  it('should find nothing when there are no slots', () => {
    expect(findSpeakerConflicts([])).toEqual([]);
  });

  it('should count a person listed twice in one slot as a single booking', () => {
    expect(findSpeakerConflicts([slot('talk', '10:00', '11:00', ['reni', 'reni'])])).toEqual([]);
  });

  it('should not let an empty slot conflict with one around it', () => {
    const slots = [
      slot('session', '10:00', '11:00', ['reni']),
      slot('placeholder', '10:30', '10:30', ['reni']),
    ];
    expect(findSpeakerConflicts(slots)).toEqual([]);
  });

  it('should reject a slot whose time cannot be read', () => {
    const broken: BookedSlot = { id: 'broken', startsAt: 'soon', endsAt: 'later', personIds: [] };
    expect(() => findSpeakerConflicts([broken])).toThrow(RangeError);
  });
});
