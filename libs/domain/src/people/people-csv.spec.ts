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
});
