import { parseAssignmentCsv } from './assignment-csv';

const PEOPLE = [
  { id: 'p-sita', name: 'Sita Shrestha', email: 'sita@example.org' },
  { id: 'p-lan', name: 'Nguyễn Thị Lan', email: 'lan@example.gov' },
  { id: 'p-dewi', name: 'Dewi Anggraeni', email: 'dewi@example.gov' },
  { id: 'p-dewi-2', name: 'Dewi Anggraeni', email: 'dewi.a@example.org' },
];
const ROOMS = [
  { id: 'r-1', name: 'Table 1' },
  { id: 'r-2', name: 'Table 2, by the window' },
  { id: 'r-v', name: 'Virtual "A"' },
];

describe(parseAssignmentCsv.name, () => {
  it('should match people by e-mail and rooms by name, in any case and column order', () => {
    const { assignment, errors } = parseAssignmentCsv(
      'Notes,ROOM,E-mail\nfirst,table 1,Sita@Example.org\n,  Table 1  , lan@example.gov \n',
      PEOPLE,
      ROOMS,
    );
    expect(errors).toEqual([]);
    expect([...assignment]).toEqual([
      ['p-sita', 'r-1'],
      ['p-lan', 'r-1'],
    ]);
  });

  it('should read a semicolon-separated file and report a stray quote on its own line', () => {
    const { assignment, errors } = parseAssignmentCsv(
      'email;room\nsita@example.org;Table 2, by the window\n"lan@example.gov;Table 1\ndewi.a@example.org;Table 1\n',
      PEOPLE,
      ROOMS,
    );
    expect(errors).toEqual([
      { line: 3, message: 'Line 3: a quote opened on this line is never closed' },
    ]);
    expect([...assignment]).toEqual([
      ['p-sita', 'r-2'],
      ['p-dewi-2', 'r-1'],
    ]);
  });

  it('should read quoted fields with commas and doubled quotes, CRLF and a byte-order mark', () => {
    const { assignment, errors } = parseAssignmentCsv(
      '\uFEFFemail,room\r\nsita@example.org,"Table 2, by the window"\r\nlan@example.gov,"Virtual ""A"""\r\n',
      PEOPLE,
      ROOMS,
    );
    expect(errors).toEqual([]);
    expect([...assignment]).toEqual([
      ['p-sita', 'r-2'],
      ['p-lan', 'r-v'],
    ]);
  });

  it('should report every unreadable row against its line and keep the others', () => {
    const { assignment, errors } = parseAssignmentCsv(
      [
        'email,room',
        'sita@example.org,Table 1',
        ',Table 1',
        'x@y,Table 1',
        'lan@example.gov,Table 9',
        'sita@example.org,Table 2',
        'dewi@example.gov,Table 2, by the window',
      ].join('\n'),
      PEOPLE,
      ROOMS,
    );
    expect(errors).toEqual([
      { line: 3, message: 'Line 3: no email given' },
      { line: 4, message: 'Line 4: no person with email x@y' },
      { line: 5, message: "Line 5: no room called 'Table 9'" },
      { line: 6, message: 'Line 6: sita@example.org is listed twice (first on line 2)' },
      // Unquoted, the comma splits the room name and what follows is an extra, ignored field.
      { line: 7, message: "Line 7: no room called 'Table 2'" },
    ]);
    expect([...assignment]).toEqual([['p-sita', 'r-1']]);
  });

  it('should number lines as the file does when a quoted field spans lines', () => {
    const { errors } = parseAssignmentCsv(
      'room,email,notes\nTable 1,sita@example.org,"two\nlines"\nTable 1,nobody@example.org,\n',
      PEOPLE,
      ROOMS,
    );
    expect(errors).toEqual([
      { line: 4, message: 'Line 4: no person with email nobody@example.org' },
    ]);
  });

  it('should match by name when there is no email column, and refuse a name two people share', () => {
    const { assignment, errors } = parseAssignmentCsv(
      // The name as typed on another system: lower case, a doubled space, and "ễ" decomposed.
      'Name,Room\nnguye\u0302\u0303n thị  lan,Table 1\nDewi Anggraeni,Table 1\nSomeone Else,Table 1\n',
      PEOPLE,
      ROOMS,
    );
    expect([...assignment]).toEqual([['p-lan', 'r-1']]);
    expect(errors).toEqual([
      {
        line: 3,
        message:
          "Line 3: more than one person is called 'Dewi Anggraeni'; use an email column instead",
      },
      { line: 4, message: "Line 4: no person called 'Someone Else'" },
    ]);
  });

  it('should leave a person with an empty room unplaced, without an error', () => {
    const { assignment, errors } = parseAssignmentCsv(
      'email,room\nsita@example.org,\nlan@example.gov,Table 1\n',
      PEOPLE,
      ROOMS,
    );
    expect(errors).toEqual([]);
    expect([...assignment]).toEqual([['p-lan', 'r-1']]);
  });

  it('should refuse a file without the columns it needs, or with nothing in it', () => {
    expect(parseAssignmentCsv('email,table\nsita@example.org,Table 1\n', PEOPLE, ROOMS)).toEqual({
      assignment: new Map(),
      errors: [
        {
          line: 1,
          message: "Line 1: the header needs a 'room' column and an 'email' (or 'name') column",
        },
      ],
    });
    expect(parseAssignmentCsv('\uFEFF', PEOPLE, ROOMS).errors).toEqual([
      { line: 1, message: 'Line 1: the file is empty' },
    ]);
  });

  it('should refuse a room name that two rooms share', () => {
    const { errors } = parseAssignmentCsv('email,room\nsita@example.org,table 1\n', PEOPLE, [
      ...ROOMS,
      { id: 'r-1b', name: 'TABLE 1' },
    ]);
    expect(errors).toEqual([
      { line: 2, message: "Line 2: more than one room is called 'table 1'" },
    ]);
  });
});
