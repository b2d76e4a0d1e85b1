/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Accepts CRLF or LF
 * and a UTF-8 byte-order mark, which spreadsheet programs add on export.
 *
 * @returns rows of fields, each with the 1-based line on which the row starts
 */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;

  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };

  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += char;
    }
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/**
 * Neutralises a cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return)
 * by prefixing a quote, then quotes it for CSV.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A spreadsheet: a header and rows, every cell neutralised with `csvCell`, CRLF line ends. */
export function csvTable(header: readonly string[], rows: readonly (string | number)[][]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(String(cell))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
