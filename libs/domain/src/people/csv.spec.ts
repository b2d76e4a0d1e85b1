import { csvCell, parseCsv } from './csv';

describe(parseCsv.name, () => {
  it('should split plain rows and skip blank lines', () => {
    expect(parseCsv('name,country\nSita,NP\n\nAnh,VN\n')).toEqual([
      { line: 1, fields: ['name', 'country'] },
      { line: 2, fields: ['Sita', 'NP'] },
      { line: 4, fields: ['Anh', 'VN'] },
    ]);
  });

  it('should keep commas, doubled quotes and line breaks inside quoted fields', () => {
    const rows = parseCsv(
      'name,organisation\r\n"Rahman, Nusrat","Dhaka ""Jute"" Works\nUnit 2"\r\nNext,X',
    );
    expect(rows[1]).toEqual({ line: 2, fields: ['Rahman, Nusrat', 'Dhaka "Jute" Works\nUnit 2'] });
    expect(rows[2]).toEqual({ line: 4, fields: ['Next', 'X'] });
  });

  it('should ignore the byte-order mark spreadsheets write', () => {
    expect(parseCsv('\uFEFFname\nSita')[0]?.fields).toEqual(['name']);
  });
});

describe(csvCell.name, () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+62 812', "'+62 812"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Kathmandu, Nepal', '"Kathmandu, Nepal"'],
    ['plain', 'plain'],
  ])('should make %j safe to open in a spreadsheet', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
