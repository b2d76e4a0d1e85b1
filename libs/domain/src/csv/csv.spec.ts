import { csvCell, csvTable, parseCsv } from './csv';

describe(parseCsv.name, () => {
  it('should split plain rows and skip blank lines', () => {
    expect(parseCsv('name,country\nSita,NP\n\nAnh,VN\n')).toEqual({
      separator: ',',
      rows: [
        { line: 1, fields: ['name', 'country'] },
        { line: 2, fields: ['Sita', 'NP'] },
        { line: 4, fields: ['Anh', 'VN'] },
      ],
    });
  });

  it('should keep commas, doubled quotes and line breaks inside quoted fields', () => {
    const { rows } = parseCsv(
      'name,organisation\r\n"Rahman, Nusrat","Dhaka ""Jute"" Works\nUnit 2"\r\nNext,X',
    );
    expect(rows[1]).toEqual({ line: 2, fields: ['Rahman, Nusrat', 'Dhaka "Jute" Works\nUnit 2'] });
    expect(rows[2]).toEqual({ line: 4, fields: ['Next', 'X'] });
  });

  it('should ignore the byte-order mark spreadsheets write', () => {
    expect(parseCsv('\uFEFFname\nSita').rows[0]?.fields).toEqual(['name']);
  });

  it('should read the semicolon-separated file Excel saves under many regional settings', () => {
    const { rows, separator } = parseCsv(
      '\uFEFFName;Email;Organisation\r\nRahman, Nusrat;nusrat@example.org;"Jute; Works"\r\n',
    );
    expect(separator).toBe(';');
    expect(rows.map((row) => row.fields)).toEqual([
      ['Name', 'Email', 'Organisation'],
      ['Rahman, Nusrat', 'nusrat@example.org', 'Jute; Works'],
    ]);
  });

  it('should read a tab-separated paste', () => {
    expect(parseCsv('Name\tEmail\nSita\tsita@example.org').rows[1]?.fields).toEqual([
      'Sita',
      'sita@example.org',
    ]);
  });

  it('should report an unclosed quote on its own line and still read the rows after it', () => {
    const { rows } = parseCsv(
      'Name,Email\nSita,sita@example.org\n"Anh,anh@example.org\nBudi,budi@example.org\n',
    );
    expect(rows).toEqual([
      { line: 1, fields: ['Name', 'Email'] },
      { line: 2, fields: ['Sita', 'sita@example.org'] },
      {
        line: 3,
        fields: ['Anh,anh@example.org'],
        problem: 'a quote opened on this line is never closed',
      },
      { line: 4, fields: ['Budi', 'budi@example.org'] },
    ]);
  });

  it('should report text after a closing quote against the row it spoils', () => {
    const { rows } = parseCsv('Name,Email\n"Sita" Sharma,sita@example.org\nBudi,budi@example.org');
    expect(rows[1]).toMatchObject({
      line: 2,
      problem: expect.stringContaining('quoted') as string,
    });
    expect(rows[2]).toEqual({ line: 3, fields: ['Budi', 'budi@example.org'] });
  });
});

describe(csvCell.name, () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+62 812', "'+62 812"],
    ['-1+cmd', "'-1+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Kathmandu, Nepal', '"Kathmandu, Nepal"'],
    ['plain', 'plain'],
  ])('should make %j safe to open in a spreadsheet', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['-1', '+62', '-0.5', '42'])(
    'should leave the number %j as a number the spreadsheet can sum',
    (value) => {
      expect(csvCell(value)).toBe(value);
    },
  );
});

describe(csvTable.name, () => {
  it('should start with the byte-order mark Excel needs to read UTF-8 names', () => {
    const table = csvTable(['Name', 'Minutes'], [['Nguyễn Thị Lan', -5]]);
    expect(table).toBe('\uFEFFName,Minutes\r\nNguyễn Thị Lan,-5\r\n');
    expect(parseCsv(table).rows.map((row) => row.fields)).toEqual([
      ['Name', 'Minutes'],
      ['Nguyễn Thị Lan', '-5'],
    ]);
  });
});
