import {
  type AssignablePerson,
  type AssignableRoom,
  type AssignOptions,
  assignmentReport,
  autoAssign,
} from './assign';

/**
 * The demo's 61 participants, copied from the participants list in
 * apps/api/src/seed/programme.data.ts (the domain may not import from apps/), in its order.
 * One token per person: category (o = official, b = business owner), then h = in the hall or
 * r = remote.
 */
const DEMO_PARTICIPANTS: Record<string, string> = {
  ID: 'oh br bh oh bh oh bh bh oh bh bh oh bh',
  BD: 'or br or br bh',
  BT: 'or br bh',
  PH: 'or br or br bh',
  IN: 'or br br or bh',
  LA: 'or br bh',
  MV: 'or br oh',
  MY: 'or br br oh bh',
  MM: 'or br bh',
  NP: 'br or br oh',
  PK: 'or br br oh',
  LK: 'or br br oh',
  VN: 'or br br oh',
};

const demoPeople = (): AssignablePerson[] =>
  Object.entries(DEMO_PARTICIPANTS).flatMap(([country, tokens]) =>
    tokens.split(' ').map((token, index) => ({
      id: `${country.toLowerCase()}-${index + 1}`,
      country,
      category: token[0] === 'o' ? 'official' : 'business_owner',
      inPerson: token[1] === 'h',
    })),
  );

const TABLES = ['table-1', 'table-2', 'table-3'];
const DEMO_ROOMS: AssignableRoom[] = [
  ...TABLES.map((id) => ({ id, hybrid: true, capacity: null })),
  { id: 'virtual-1', hybrid: false, capacity: null },
  { id: 'virtual-2', hybrid: false, capacity: null },
];

/** The in-person people already sit at the three tables, dealt round-robin in list order. */
const seatedDemoPeople = (): AssignablePerson[] => {
  let dealt = 0;
  return demoPeople().map((person) =>
    person.inPerson ? { ...person, tableRoomId: TABLES[dealt++ % TABLES.length] } : person,
  );
};

const MIXED: AssignOptions = {
  mixCountries: true,
  categories: 'apart',
  keepInPersonAtTables: true,
};

/** For each room, how many of each value (country or category) it holds. */
function tally(
  people: readonly AssignablePerson[],
  assignment: ReadonlyMap<string, string>,
  value: (person: AssignablePerson) => string,
): Map<string, Map<string, number>> {
  const byRoom = new Map<string, Map<string, number>>();
  for (const person of people) {
    const room = assignment.get(person.id);
    if (room === undefined) continue;
    const counts = byRoom.get(room) ?? new Map<string, number>();
    counts.set(value(person), (counts.get(value(person)) ?? 0) + 1);
    byRoom.set(room, counts);
  }
  return byRoom;
}

const countOf = (people: readonly AssignablePerson[], value: (p: AssignablePerson) => string) => {
  const counts = new Map<string, number>();
  for (const person of people) counts.set(value(person), (counts.get(value(person)) ?? 0) + 1);
  return counts;
};

describe(autoAssign.name, () => {
  describe('the demo: 61 participants from 13 countries, 3 hybrid tables and 2 virtual rooms', () => {
    const people = seatedDemoPeople();
    const assignment = autoAssign(people, DEMO_ROOMS, MIXED);
    const report = assignmentReport(people, DEMO_ROOMS, assignment);
    const countries = tally(people, assignment, (person) => person.country);

    it('should start from the seed data as it is', () => {
      expect(people).toHaveLength(61);
      expect(countOf(people, (person) => person.country).size).toBe(13);
      expect(people.filter((person) => person.inPerson)).toHaveLength(25);
    });

    it('should place everyone, in rooms that differ in size by at most one', () => {
      expect(assignment.size).toBe(61);
      expect(report.unplaced).toEqual([]);
      expect(report.sizeSpread).toBeLessThanOrEqual(1);
      expect(report.rooms.map((room) => room.size).sort()).toEqual([12, 12, 12, 12, 13]);
    });

    it('should keep every in-person participant at their table', () => {
      for (const person of people.filter((p) => p.inPerson)) {
        expect([person.id, assignment.get(person.id)]).toEqual([person.id, person.tableRoomId]);
      }
    });

    it('should put no two people of one country in a room unless their seats force it', () => {
      const totals = countOf(people, (person) => person.country);
      const seated = tally(
        people.filter((person) => person.inPerson),
        assignment,
        (person) => person.country,
      );
      for (const [country, total] of totals) {
        for (const room of DEMO_ROOMS) {
          const count = countries.get(room.id)?.get(country) ?? 0;
          const alreadySeated = seated.get(room.id)?.get(country) ?? 0;
          const bound = Math.max(Math.ceil(total / DEMO_ROOMS.length), alreadySeated);
          expect([country, room.id, count <= bound]).toEqual([country, room.id, true]);
          if (total <= DEMO_ROOMS.length) {
            expect([country, room.id, count]).toEqual([country, room.id, count > 0 ? 1 : 0]);
          }
        }
      }
      // Twelve Indonesians sit four to a table; the one at home joins a virtual room, so the only
      // clashes are the nine that the seating forced.
      expect(TABLES.map((table) => countries.get(table)?.get('ID'))).toEqual([4, 4, 4]);
      expect(report.countryClashes).toBe(9);
      expect(report.clashes.map((clash) => clash.country)).toEqual(['ID', 'ID', 'ID']);
    });

    it('should spread officials and business owners over the rooms', () => {
      // 26 officials in 5 rooms: 5 or 6 in each.
      const officials = tally(people, assignment, (person) => person.category);
      const perRoom = DEMO_ROOMS.map((room) => officials.get(room.id)?.get('official') ?? 0);
      expect(perRoom.reduce((sum, n) => sum + n, 0)).toBe(26);
      expect(Math.max(...perRoom) - Math.min(...perRoom)).toBeLessThanOrEqual(1);
    });

    it('should give the same assignment for the same input and seed', () => {
      expect([...autoAssign(seatedDemoPeople(), DEMO_ROOMS, MIXED)]).toEqual([...assignment]);
      const seeded = { ...MIXED, seed: 7 };
      expect([...autoAssign(people, DEMO_ROOMS, seeded)]).toEqual([
        ...autoAssign(people, DEMO_ROOMS, seeded),
      ]);
    });

    it('should break ties differently for another seed', () => {
      const others = [1, 2, 3].map((seed) =>
        JSON.stringify([...autoAssign(people, DEMO_ROOMS, { ...MIXED, seed })]),
      );
      expect(new Set([JSON.stringify([...assignment]), ...others]).size).toBeGreaterThan(1);
    });
  });

  it('should spread the demo without tables: at most ceil(n / 5) of a country per room', () => {
    const people = demoPeople();
    const assignment = autoAssign(people, DEMO_ROOMS, { ...MIXED, keepInPersonAtTables: false });
    const countries = tally(people, assignment, (person) => person.country);
    const report = assignmentReport(people, DEMO_ROOMS, assignment);
    expect(assignment.size).toBe(61);
    expect(report.sizeSpread).toBe(1);
    // Only Indonesia (13) has more people than there are rooms: 3, 3, 3, 2, 2.
    expect(DEMO_ROOMS.map((room) => countries.get(room.id)?.get('ID')).sort()).toEqual([
      2, 2, 3, 3, 3,
    ]);
    expect(report.countryClashes).toBe(8);
    expect(new Set(report.clashes.map((clash) => clash.country))).toEqual(new Set(['ID']));
  });

  it('should never mix countries by accident: no clash for any country with at most N people', () => {
    // Many random events, each checked against the bound, with a fixed generator so a failure
    // can be replayed.
    let state = 12345;
    const next = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % n;
    };
    for (let trial = 0; trial < 200; trial++) {
      const roomCount = 2 + next(7);
      const rooms = Array.from({ length: roomCount }, (_, i) => ({
        id: `r${i}`,
        hybrid: next(2) === 0,
        capacity: null,
      }));
      const people = Array.from(
        { length: roomCount * (1 + next(6)) + next(roomCount) },
        (_, i) => ({
          id: `p${i}`,
          country: `C${next(1 + next(12))}`,
          category: next(3) === 0 ? 'official' : 'business_owner',
          inPerson: next(2) === 0,
        }),
      );
      const assignment = autoAssign(people, rooms, {
        ...MIXED,
        categories: (['any', 'apart', 'together'] as const)[trial % 3],
        keepInPersonAtTables: false,
        seed: trial,
      });
      const countries = tally(people, assignment, (person) => person.country);
      const report = assignmentReport(people, rooms, assignment);
      expect([trial, assignment.size, report.sizeSpread <= 1]).toEqual([
        trial,
        people.length,
        true,
      ]);
      for (const [country, total] of countOf(people, (person) => person.country)) {
        const most = Math.max(...rooms.map((room) => countries.get(room.id)?.get(country) ?? 0));
        expect([trial, country, most]).toEqual([
          trial,
          country,
          Math.min(most, Math.ceil(total / roomCount)),
        ]);
      }
    }
  });

  it('should keep in-person people without a table to the hybrid rooms', () => {
    const people: AssignablePerson[] = [
      ...['a', 'b', 'c', 'd'].map((id) => ({ id, country: 'ID', category: 'x', inPerson: true })),
      ...['e', 'f', 'g', 'h'].map((id) => ({ id, country: 'ID', category: 'x', inPerson: false })),
    ];
    const rooms: AssignableRoom[] = [
      { id: 'virtual', hybrid: false, capacity: null },
      { id: 'table', hybrid: true, capacity: null },
    ];
    const assignment = autoAssign(people, rooms, MIXED);
    expect(['a', 'b', 'c', 'd'].map((id) => assignment.get(id))).toEqual(Array(4).fill('table'));
    expect(['e', 'f', 'g', 'h'].map((id) => assignment.get(id))).toEqual(Array(4).fill('virtual'));
  });

  it('should treat in-person people like anyone else when there is no hybrid room', () => {
    const people = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      country: id,
      category: 'x',
      inPerson: true,
      tableRoomId: 'v1',
    }));
    const rooms: AssignableRoom[] = [
      { id: 'v1', hybrid: false, capacity: null },
      { id: 'v2', hybrid: false, capacity: null },
    ];
    const report = assignmentReport(people, rooms, autoAssign(people, rooms, MIXED));
    expect(report.rooms).toEqual([
      { roomId: 'v1', size: 2 },
      { roomId: 'v2', size: 2 },
    ]);
  });

  it('should ignore a table that is unknown or virtual, and tables altogether when told to', () => {
    const rooms: AssignableRoom[] = [
      { id: 'v', hybrid: false, capacity: null },
      { id: 't1', hybrid: true, capacity: null },
      { id: 't2', hybrid: true, capacity: null },
    ];
    const people: AssignablePerson[] = [
      { id: 'gone', country: 'ID', category: 'x', inPerson: true, tableRoomId: 'nowhere' },
      { id: 'virtual', country: 'ID', category: 'x', inPerson: true, tableRoomId: 'v' },
    ];
    const assignment = autoAssign(people, rooms, MIXED);
    expect(new Set([assignment.get('gone'), assignment.get('virtual')])).toEqual(
      new Set(['t1', 't2']),
    );

    const seated = Array.from({ length: 6 }, (_, i) => ({
      id: `s${i}`,
      country: `C${i}`,
      category: 'x',
      inPerson: true,
      tableRoomId: 't1',
    }));
    const loose = autoAssign(seated, rooms, { ...MIXED, keepInPersonAtTables: false });
    expect(assignmentReport(seated, rooms, loose).sizeSpread).toBe(0);
  });

  it('should respect capacities and leave the last people in the list unplaced', () => {
    const rooms: AssignableRoom[] = [
      { id: 'small', hybrid: false, capacity: 2 },
      { id: 'large', hybrid: false, capacity: 5 },
    ];
    const people = Array.from({ length: 10 }, (_, i) => ({
      id: `p${i}`,
      country: `C${i % 3}`,
      category: 'x',
      inPerson: false,
    }));
    const assignment = autoAssign(people, rooms, MIXED);
    const report = assignmentReport(people, rooms, assignment);
    expect(report.rooms).toEqual([
      { roomId: 'small', size: 2 },
      { roomId: 'large', size: 5 },
    ]);
    expect(report.unplaced).toEqual(['p7', 'p8', 'p9']);
    expect([...assignment.keys()]).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('should balance the other rooms when one is capped', () => {
    const rooms: AssignableRoom[] = [
      { id: 'a', hybrid: false, capacity: 1 },
      { id: 'b', hybrid: false, capacity: null },
      { id: 'c', hybrid: false, capacity: null },
    ];
    const people = Array.from({ length: 9 }, (_, i) => ({
      id: `p${i}`,
      country: 'ID',
      category: 'x',
      inPerson: false,
    }));
    const report = assignmentReport(people, rooms, autoAssign(people, rooms, MIXED));
    expect(report.rooms.map((room) => room.size)).toEqual([1, 4, 4]);
    expect(report.unplaced).toEqual([]);
  });

  it('should leave a seated person unplaced rather than overfill their table', () => {
    const rooms: AssignableRoom[] = [{ id: 't', hybrid: true, capacity: 2 }];
    const people = ['a', 'b', 'c'].map((id) => ({
      id,
      country: id,
      category: 'x',
      inPerson: true,
      tableRoomId: 't',
    }));
    expect([...autoAssign(people, rooms, MIXED).keys()]).toEqual(['a', 'b']);
  });

  it('should keep each category in as few rooms as it can when told to keep them together', () => {
    const rooms: AssignableRoom[] = [
      { id: 'r1', hybrid: false, capacity: null },
      { id: 'r2', hybrid: false, capacity: null },
    ];
    const people = Array.from({ length: 8 }, (_, i) => ({
      id: `p${i}`,
      country: `C${i}`,
      category: i % 2 === 0 ? 'official' : 'business_owner',
      inPerson: false,
    }));
    const together = autoAssign(people, rooms, { ...MIXED, categories: 'together' });
    const apart = autoAssign(people, rooms, { ...MIXED, categories: 'apart' });
    const categoriesIn = (assignment: Map<string, string>) =>
      rooms.map((room) => tally(people, assignment, (p) => p.category).get(room.id)?.size);
    expect(categoriesIn(together)).toEqual([1, 1]);
    expect(categoriesIn(apart)).toEqual([2, 2]);
    expect(assignmentReport(people, rooms, together).sizeSpread).toBe(0);
  });

  it('should put the spreading of countries before that of categories', () => {
    // Two rooms; each country has an official and a business owner. Spreading countries puts
    // one of each country in each room, which also happens to spread categories; keeping
    // categories together must not undo the country spread.
    const rooms: AssignableRoom[] = [
      { id: 'r1', hybrid: false, capacity: null },
      { id: 'r2', hybrid: false, capacity: null },
    ];
    const people = ['ID', 'MY', 'PK'].flatMap((country) =>
      ['official', 'business_owner'].map((category) => ({
        id: `${country}-${category}`,
        country,
        category,
        inPerson: false,
      })),
    );
    const report = assignmentReport(
      people,
      rooms,
      autoAssign(people, rooms, { ...MIXED, categories: 'together' }),
    );
    expect(report.countryClashes).toBe(0);
  });
});

describe(assignmentReport.name, () => {
  it('should give sizes, spread, clashes and the unplaced', () => {
    const rooms: AssignableRoom[] = [
      { id: 'r1', hybrid: true, capacity: null },
      { id: 'r2', hybrid: false, capacity: null },
      { id: 'r3', hybrid: false, capacity: null },
    ];
    const people: AssignablePerson[] = [
      { id: 'a', country: 'ID', category: 'x', inPerson: false },
      { id: 'b', country: 'ID', category: 'x', inPerson: false },
      { id: 'c', country: 'ID', category: 'x', inPerson: false },
      { id: 'd', country: 'MY', category: 'x', inPerson: false },
      { id: 'e', country: 'MY', category: 'x', inPerson: false },
      { id: 'f', country: 'PK', category: 'x', inPerson: false },
      { id: 'g', country: 'PK', category: 'x', inPerson: false },
    ];
    const assignment = new Map([
      ['a', 'r1'],
      ['b', 'r1'],
      ['c', 'r1'],
      ['d', 'r1'],
      ['e', 'r1'],
      ['f', 'r2'],
      ['g', 'gone'],
    ]);
    expect(assignmentReport(people, rooms, assignment)).toEqual({
      rooms: [
        { roomId: 'r1', size: 5 },
        { roomId: 'r2', size: 1 },
        { roomId: 'r3', size: 0 },
      ],
      sizeSpread: 5,
      countryClashes: 3,
      clashes: [
        { roomId: 'r1', country: 'ID', count: 3 },
        { roomId: 'r1', country: 'MY', count: 2 },
      ],
      unplaced: ['g'],
    });
  });

  it('should report nothing for no rooms', () => {
    expect(assignmentReport([], [], new Map())).toEqual({
      rooms: [],
      sizeSpread: 0,
      countryClashes: 0,
      clashes: [],
      unplaced: [],
    });
  });
});
