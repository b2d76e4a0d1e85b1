import { readPeopleCsv } from './people-csv';

const HEADER = 'Name,Email,Country,Organisation,Category,Attendance mode,Language';

describe(readPeopleCsv.name, () => {
  it('should read spreadsheet-style values into a person', () => {
    const { rows } = readPeopleCsv(
      `${HEADER}\nSita Shrestha,Sita@Example.org,Nepal,Dhaulagiri Crafts,Business owner,Remote,English`,
      'Asia/Jakarta',
    );
    expect(rows).toEqual([
      {
        line: 2,
        name: 'Sita Shrestha',
        email: 'sita@example.org',
        errors: [],
        person: {
          name: 'Sita Shrestha',
          email: 'sita@example.org',
          country: 'NP',
          organisation: 'Dhaulagiri Crafts',
          category: 'business_owner',
          attendanceMode: 'remote',
          locale: 'en',
          timezone: 'Asia/Kathmandu',
        },
      },
    ]);
  });

  it('should place in-person attendees in the venue zone and accept ISO codes', () => {
    const { rows } = readPeopleCsv(
      `${HEADER}\nDewi,dewi@example.org,ID,Kemenperin,Government official,In-person,Bahasa Indonesia`,
      'Asia/Jakarta',
    );
    expect(rows[0]?.person).toMatchObject({
      country: 'ID',
      locale: 'id',
      timezone: 'Asia/Jakarta',
    });
  });

  it('should report each broken row against its line and column', () => {
    const { rows } = readPeopleCsv(
      [
        HEADER,
        'Good One,good@example.org,PK,,Official,Remote,en',
        'Bad Mail,not-an-email,PK,,Official,Remote,en',
        'Nowhere,nowhere@example.org,Atlantis,,Official,Remote,en',
        'Twice,good@example.org,PK,,Official,Remote,en',
      ].join('\n'),
      'Asia/Jakarta',
    );
    expect(rows.map((r) => [r.line, r.errors.map((e) => e.path)])).toEqual([
      [2, []],
      [3, ['email']],
      [4, ['country']],
      [5, ['email']],
    ]);
    expect(rows[3]?.errors[0]?.message).toMatch(/Duplicate/);
  });

  it('should name the missing columns instead of guessing', () => {
    const { rows, fileErrors } = readPeopleCsv('Name,Email\nSita,sita@example.org', 'Asia/Jakarta');
    expect(rows).toEqual([]);
    expect(fileErrors[0]?.message).toContain('country, category, attendanceMode');
  });

  it('should read the file Excel saves under a semicolon locale, commas in names and all', () => {
    const { rows } = readPeopleCsv(
      [
        '\uFEFFName;Email;Country;Organisation;Category;Attendance mode;Language',
        'Rahman, Nusrat;nusrat@example.org;Bangladesh;Dhaka Jute Works, Unit 2;Business owner;Remote;en',
        'Nguyễn Thị Lan;lan@example.org;VN;Hanoi Silk;Business owner;Remote;en',
      ].join('\r\n'),
      'Asia/Jakarta',
    );
    expect(rows.map((row) => [row.errors, row.person?.name, row.person?.organisation])).toEqual([
      [[], 'Rahman, Nusrat', 'Dhaka Jute Works, Unit 2'],
      [[], 'Nguyễn Thị Lan', 'Hanoi Silk'],
    ]);
  });

  it('should fail only the row with an unclosed quote and import the rows after it', () => {
    const { rows } = readPeopleCsv(
      [
        HEADER,
        'Sita,sita@example.org,NP,,Official,Remote,en',
        '"Anh,anh@example.org,VN,,Official,Remote,en',
        'Budi,budi@example.org,ID,,Official,In-person,id',
      ].join('\n'),
      'Asia/Jakarta',
    );
    expect(rows.map((row) => [row.line, row.person?.email, row.errors.map((e) => e.path)])).toEqual(
      [
        [2, 'sita@example.org', []],
        [3, undefined, ['']],
        [4, 'budi@example.org', []],
      ],
    );
    expect(rows[1]?.errors[0]?.message).toBe('A quote opened on this line is never closed');
  });

  it('should say how it split a file whose columns it cannot find', () => {
    const { fileErrors } = readPeopleCsv('Name;Email\nSita;sita@example.org', 'Asia/Jakarta');
    expect(fileErrors[0]?.message).toContain("read as separated by ';'");
  });
});
