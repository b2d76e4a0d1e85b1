/**
 * Who goes to which breakout room when a hybrid session splits up. A room is either virtual
 * (remote people only, by video) or a hybrid table: a physical table in the hall with a room
 * device, where in-person people sit and remote people join by video.
 *
 * The rules, strongest first: people already sitting at a table stay there and other in-person
 * people only go to tables; no room takes more than its capacity; room sizes differ by at most
 * one; each country's people, then each category's, are spread over (or kept in) the rooms.
 *
 * It works in three steps. Counting alone fixes every room's final size, filling the smallest
 * room first, so the size rule holds whatever happens next. Then, when countries are to be
 * mixed, how many of each country go to each room is settled as evenly as the rooms allow (see
 * `spreadCountries`), and people are placed one by one, the largest countries first, each into
 * a place of their country in the room that best suits the category rule. Last, two people in
 * different rooms trade places while that spreads categories (or keeps them together) better
 * without spreading countries worse; the sizes do not change.
 */

import { spreadCountries, type SpreadGroup } from './country-spread';

export interface AssignablePerson {
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** For instance 'official' or 'business_owner'. */
  category: string;
  /** In the hall today (checked in) rather than remote. */
  inPerson: boolean;
  /** The room of the hybrid table an in-person person already sits at; they stay there. */
  tableRoomId?: string | null;
}

export interface AssignableRoom {
  id: string;
  /** A table in the hall with a room device, rather than a video call only. */
  hybrid: boolean;
  /** Most people it takes; null for no limit. */
  capacity: number | null;
}

export interface AssignOptions {
  /** Spread each country's people over the rooms. */
  mixCountries: boolean;
  /** Keep each category in the same rooms ('together') or spread it ('apart'). */
  categories: 'any' | 'together' | 'apart';
  /** In-person people only go to hybrid rooms; remote people fill the rest. */
  keepInPersonAtTables: boolean;
  /** Breaks ties; the same input and seed always give the same assignment. */
  seed?: number;
}

const DEFAULT_SEED = 20_261_127;

/** mulberry32: small, fast and the same everywhere, unlike `Math.random`. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** 0 to n - 1 in an order fixed by the generator (Fisher-Yates). */
function shuffledRanks(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const rank: number[] = [];
  order.forEach((index, position) => (rank[index] = position));
  return rank;
}

/** Per value (a country or a category), how many of it each room holds. */
class RoomTally {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly roomCount: number) {}

  of(value: string, room: number): number {
    return this.counts.get(value)?.[room] ?? 0;
  }

  add(value: string, room: number, by: number): void {
    let perRoom = this.counts.get(value);
    if (!perRoom) {
      perRoom = new Array<number>(this.roomCount).fill(0);
      this.counts.set(value, perRoom);
    }
    perRoom[room] += by;
  }

  /**
   * How the sum of squared counts changes when `out` leaves room `from` for room `to` and `back`
   * goes the other way. Squares grow fastest where a value is already crowded, so less is more
   * evenly spread.
   */
  swapDelta(out: string, back: string, from: number, to: number): number {
    if (out === back) return 0;
    return (
      2 * (this.of(out, to) - this.of(out, from)) +
      2 +
      2 * (this.of(back, from) - this.of(back, to)) +
      2
    );
  }
}

interface Seat {
  person: AssignablePerson;
  /** Position in the input, which decides who is left out when places run short. */
  order: number;
  /** Rooms they may go to, by index; null for any. */
  allowed: ReadonlySet<number> | null;
}

/** @returns person id to room id; people who fit nowhere are left out of the map. */
export function autoAssign(
  people: readonly AssignablePerson[],
  rooms: readonly AssignableRoom[],
  options: AssignOptions,
): Map<string, string> {
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const roomTieRank = shuffledRanks(rooms.length, random);
  const personTieRank = shuffledRanks(people.length, random);
  const roomIndex = new Map(rooms.map((room, index) => [room.id, index]));
  const hybridRooms = new Set(rooms.flatMap((room, index) => (room.hybrid ? [index] : [])));
  const atTables = options.keepInPersonAtTables && hybridRooms.size > 0;

  const size = rooms.map(() => 0);
  const roomOf = new Map<AssignablePerson, number>();
  const hasPlace = (room: number, taken: number) => {
    const capacity = rooms[room].capacity;
    return capacity === null || taken < capacity;
  };

  // Step 0: who is already fixed, who is held to the tables, who may go anywhere.
  const atTablesOnly: Seat[] = [];
  const anywhere: Seat[] = [];
  people.forEach((person, order) => {
    if (atTables && person.inPerson) {
      const table = person.tableRoomId == null ? undefined : roomIndex.get(person.tableRoomId);
      if (table !== undefined && hybridRooms.has(table)) {
        // Past the table's capacity they stay unplaced, for staff to sort out: a capacity is
        // never exceeded, not even by people already sitting there.
        if (hasPlace(table, size[table])) {
          roomOf.set(person, table);
          size[table]++;
        }
      } else {
        atTablesOnly.push({ person, order, allowed: hybridRooms });
      }
    } else {
      anywhere.push({ person, order, allowed: null });
    }
  });

  // Step 1: the final sizes, by counting. Those held to the tables take their places first; then
  // everyone else fills the smallest room with a place left.
  const target = [...size];
  const fill = (seats: readonly Seat[]): Seat[] => {
    let placed = 0;
    for (; placed < seats.length; placed++) {
      let best = -1;
      for (let room = 0; room < rooms.length; room++) {
        if (!allows(seats[placed], room) || !hasPlace(room, target[room])) continue;
        if (
          best < 0 ||
          target[room] < target[best] ||
          (target[room] === target[best] && roomTieRank[room] < roomTieRank[best])
        ) {
          best = room;
        }
      }
      if (best < 0) break;
      target[best]++;
    }
    return seats.slice(0, placed);
  };
  const toPlace = [...fill(atTablesOnly), ...fill(anywhere)];

  // Step 2: one by one, the hardest to place first, into the room with a place for them that
  // suits them best.
  const countries = new RoomTally(rooms.length);
  const categories = new RoomTally(rooms.length);
  for (const [person, room] of roomOf) {
    countries.add(person.country, room, 1);
    categories.add(person.category, room, 1);
  }
  const countryTotal = countBy(people, (person) => person.country);
  const categoryTotal = countBy(people, (person) => person.category);
  const hardestFirst = (a: Seat, b: Seat): number => {
    const held = Number(b.allowed !== null) - Number(a.allowed !== null);
    if (held !== 0) return held;
    if (options.mixCountries) {
      const byCountry =
        (countryTotal.get(b.person.country) ?? 0) - (countryTotal.get(a.person.country) ?? 0);
      if (byCountry !== 0) return byCountry;
      if (a.person.country !== b.person.country)
        return a.person.country < b.person.country ? -1 : 1;
    }
    if (options.categories !== 'any') {
      const byCategory =
        (categoryTotal.get(b.person.category) ?? 0) - (categoryTotal.get(a.person.category) ?? 0);
      if (byCategory !== 0) return byCategory;
      if (a.person.category !== b.person.category) {
        return a.person.category < b.person.category ? -1 : 1;
      }
    }
    return personTieRank[a.order] - personTieRank[b.order];
  };
  /** Lower is better: the category rule first, then the smaller room. */
  const fit = (person: AssignablePerson, room: number): number[] => {
    const sameCategory = categories.of(person.category, room);
    return [
      options.categories === 'apart'
        ? sameCategory
        : options.categories === 'together'
          ? -sameCategory
          : 0,
      size[room],
      roomTieRank[room],
    ];
  };
  // With countries to mix, how many of each go where is settled first, as well as it can be;
  // then each person takes one of their country's places in the room that suits them best.
  const countryPlaces = options.mixCountries
    ? countryPlacesFor(toPlace, countries, target, size, roomTieRank)
    : null;
  const placesLeft = (seat: Seat, room: number): number =>
    countryPlaces
      ? countryPlaces.left(seat, room)
      : allows(seat, room)
        ? target[room] - size[room]
        : 0;
  for (const seat of [...toPlace].sort(hardestFirst)) {
    let best = -1;
    let bestFit: number[] = [];
    for (let room = 0; room < rooms.length; room++) {
      if (placesLeft(seat, room) <= 0) continue;
      const roomFit = fit(seat.person, room);
      if (best < 0 || lexicographicLess(roomFit, bestFit)) {
        best = room;
        bestFit = roomFit;
      }
    }
    // Step 1 counted a place for everyone in `toPlace`, and they take only such places.
    roomOf.set(seat.person, best);
    size[best]++;
    countryPlaces?.take(seat, best);
    countries.add(seat.person.country, best, 1);
    categories.add(seat.person.category, best, 1);
  }

  // Step 3: trade places while that serves the category rule better and spreads countries no
  // worse. Each trade lowers (country score, category score), whole numbers bounded below, so
  // it ends.
  if (options.categories !== 'any') {
    const movable = [...toPlace].sort((a, b) => personTieRank[a.order] - personTieRank[b.order]);
    const gain = (out: AssignablePerson, back: AssignablePerson, from: number, to: number) => {
      const country = options.mixCountries
        ? countries.swapDelta(out.country, back.country, from, to)
        : 0;
      const spread = categories.swapDelta(out.category, back.category, from, to);
      const category =
        options.categories === 'apart' ? spread : options.categories === 'together' ? -spread : 0;
      return country < 0 || (country === 0 && category < 0);
    };
    let improved = true;
    while (improved) {
      improved = false;
      for (let i = 0; i < movable.length; i++) {
        for (let j = i + 1; j < movable.length; j++) {
          const a = movable[i];
          const b = movable[j];
          const roomA = roomOf.get(a.person) ?? -1;
          const roomB = roomOf.get(b.person) ?? -1;
          if (roomA === roomB || !allows(a, roomB) || !allows(b, roomA)) continue;
          if (!gain(a.person, b.person, roomA, roomB)) continue;
          roomOf.set(a.person, roomB);
          roomOf.set(b.person, roomA);
          countries.add(a.person.country, roomA, -1);
          countries.add(a.person.country, roomB, 1);
          countries.add(b.person.country, roomB, -1);
          countries.add(b.person.country, roomA, 1);
          categories.add(a.person.category, roomA, -1);
          categories.add(a.person.category, roomB, 1);
          categories.add(b.person.category, roomB, -1);
          categories.add(b.person.category, roomA, 1);
          improved = true;
        }
      }
    }
  }

  // In input order, so the same input always gives the same map, iteration order included.
  const assignment = new Map<string, string>();
  for (const person of people) {
    const room = roomOf.get(person);
    if (room !== undefined) assignment.set(person.id, rooms[room].id);
  }
  return assignment;
}

/**
 * Per country and kind of seat (held to the tables or not), the places in each room, spread as
 * evenly as the rooms allow; `take` uses one up.
 */
function countryPlacesFor(
  seats: readonly Seat[],
  already: RoomTally,
  target: readonly number[],
  size: readonly number[],
  roomTieRank: readonly number[],
): { left: (seat: Seat, room: number) => number; take: (seat: Seat, room: number) => void } {
  const groupKeys = new Map<string, number>();
  const groupOf = new Map<Seat, number>();
  const groups: SpreadGroup[] = [];
  const everyRoom = target.map((_, room) => room);
  for (const seat of seats) {
    const key = `${seat.allowed === null ? 'anywhere' : 'tables'}:${seat.person.country}`;
    let group = groupKeys.get(key);
    if (group === undefined) {
      group = groups.length;
      groupKeys.set(key, group);
      groups.push({
        country: seat.person.country,
        count: 0,
        rooms: seat.allowed ? [...seat.allowed] : everyRoom,
      });
    }
    groups[group].count++;
    groupOf.set(seat, group);
  }
  const remaining = spreadCountries(
    groups,
    (country, room) => already.of(country, room),
    target.map((places, room) => places - size[room]),
    [...everyRoom].sort((a, b) => roomTieRank[a] - roomTieRank[b]),
  );
  return {
    left: (seat, room) => remaining[groupOf.get(seat) ?? -1]?.[room] ?? 0,
    take: (seat, room) => {
      remaining[groupOf.get(seat) ?? -1][room]--;
    },
  };
}

function allows(seat: Seat, room: number): boolean {
  return seat.allowed === null || seat.allowed.has(room);
}

function lexicographicLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i];
  }
  return false;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export interface RoomSize {
  roomId: string;
  size: number;
}

/** A room holding more than one person of a country. */
export interface CountryClash {
  roomId: string;
  country: string;
  count: number;
}

export interface AssignmentReport {
  /** Every room, in the order given, with how many people it holds. */
  rooms: RoomSize[];
  /** Largest room minus smallest; 0 for no rooms. */
  sizeSpread: number;
  /** Over all rooms and countries, the people beyond the first of their country in a room. */
  countryClashes: number;
  clashes: CountryClash[];
  /** People in no room (or in a room that is not in the list), in input order. */
  unplaced: string[];
}

/** How good an assignment is, for staff to judge before they open the rooms. */
export function assignmentReport(
  people: readonly AssignablePerson[],
  rooms: readonly AssignableRoom[],
  assignment: ReadonlyMap<string, string>,
): AssignmentReport {
  const sizes = new Map(rooms.map((room) => [room.id, 0]));
  const byRoomAndCountry = new Map<string, Map<string, number>>();
  const unplaced: string[] = [];
  for (const person of people) {
    const roomId = assignment.get(person.id);
    const size = roomId === undefined ? undefined : sizes.get(roomId);
    if (roomId === undefined || size === undefined) {
      unplaced.push(person.id);
      continue;
    }
    sizes.set(roomId, size + 1);
    const perCountry = byRoomAndCountry.get(roomId) ?? new Map<string, number>();
    perCountry.set(person.country, (perCountry.get(person.country) ?? 0) + 1);
    byRoomAndCountry.set(roomId, perCountry);
  }
  const clashes = rooms.flatMap((room) =>
    [...(byRoomAndCountry.get(room.id) ?? [])]
      .filter(([, count]) => count > 1)
      .map(([country, count]) => ({ roomId: room.id, country, count })),
  );
  const counts = [...sizes.values()];
  return {
    rooms: [...sizes].map(([roomId, size]) => ({ roomId, size })),
    sizeSpread: counts.length > 0 ? Math.max(...counts) - Math.min(...counts) : 0,
    countryClashes: clashes.reduce((sum, clash) => sum + clash.count - 1, 0),
    clashes,
    unplaced,
  };
}
