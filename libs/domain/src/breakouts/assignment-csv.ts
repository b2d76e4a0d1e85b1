import { parseCsv } from '../csv/csv';

export interface AssignmentCsvPerson {
  id: string;
  name: string;
  email: string;
}

export interface AssignmentCsvRoom {
  id: string;
  name: string;
}

export interface AssignmentCsvError {
  /** 1-based line in the file; the header is line 1. */
  line: number;
  /** A whole sentence, line included, ready to show: "Line 4: no person with email x@y". */
  message: string;
}

export interface AssignmentCsvResult {
  /** Person id to room id, for every row that could be read. */
  assignment: Map<string, string>;
  errors: AssignmentCsvError[];
}

type Column = 'email' | 'name' | 'room';

const HEADER_ALIASES: Record<string, Column> = {
  email: 'email',
  emailaddress: 'email',
  name: 'name',
  fullname: 'name',
  room: 'room',
  roomname: 'room',
  breakoutroom: 'room',
};

const headerKey = (title: string) => title.toLowerCase().replace(/[^a-z]/g, '');

/** Names and e-mails as people type them: any case, spacing or Unicode composition. */
const normalise = (value: string) =>
  value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Every key to the one item it names, or null when several share it. */
function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T | null> {
  const index = new Map<string, T | null>();
  for (const item of items) {
    const k = normalise(key(item));
    index.set(k, index.has(k) ? null : item);
  }
  return index;
}

/**
 * Reads "import assignment from CSV": a header row, then a person (by `email`, or by `name` when
 * the file has no email column) and the name of their `room` per row. Columns may come in any
 * order and extra ones are ignored. A row with an empty room leaves that person unplaced. Every
 * row that cannot be read is reported against its line and skipped; the rest still count.
 */
export function parseAssignmentCsv(
  text: string,
  people: readonly AssignmentCsvPerson[],
  rooms: readonly AssignmentCsvRoom[],
): AssignmentCsvResult {
  const assignment = new Map<string, string>();
  const errors: AssignmentCsvError[] = [];
  const fail = (line: number, problem: string) =>
    errors.push({ line, message: `Line ${line}: ${problem}` });

  const [header, ...records] = parseCsv(text).rows;
  if (!header) {
    fail(1, 'the file is empty');
    return { assignment, errors };
  }
  if (header.problem) {
    fail(header.line, header.problem);
    return { assignment, errors };
  }
  const columns = header.fields.map((title) => HEADER_ALIASES[headerKey(title)]);
  const by: 'email' | 'name' | undefined = columns.includes('email')
    ? 'email'
    : columns.includes('name')
      ? 'name'
      : undefined;
  const roomColumn = columns.indexOf('room');
  if (by === undefined || roomColumn < 0) {
    fail(header.line, "the header needs a 'room' column and an 'email' (or 'name') column");
    return { assignment, errors };
  }
  const personColumn = columns.indexOf(by);

  const peopleByKey = indexBy(people, (person) => (by === 'email' ? person.email : person.name));
  const roomsByName = indexBy(rooms, (room) => room.name);
  const firstLine = new Map<string, number>();

  for (const { line, fields, problem } of records) {
    if (problem) {
      fail(line, problem);
      continue;
    }
    const who = (fields[personColumn] ?? '').trim();
    const roomName = (fields[roomColumn] ?? '').trim();
    if (who === '') {
      fail(line, `no ${by} given`);
      continue;
    }
    const person = peopleByKey.get(normalise(who));
    if (person === undefined) {
      fail(line, by === 'email' ? `no person with email ${who}` : `no person called '${who}'`);
      continue;
    }
    if (person === null) {
      fail(line, `more than one person is called '${who}'; use an email column instead`);
      continue;
    }
    const seenOn = firstLine.get(person.id);
    if (seenOn !== undefined) {
      fail(line, `${who} is listed twice (first on line ${seenOn})`);
      continue;
    }
    firstLine.set(person.id, line);
    if (roomName === '') continue;
    const room = roomsByName.get(normalise(roomName));
    if (room === undefined) {
      fail(line, `no room called '${roomName}'`);
      continue;
    }
    if (room === null) {
      fail(line, `more than one room is called '${roomName}'`);
      continue;
    }
    assignment.set(person.id, room.id);
  }
  return { assignment, errors };
}
