import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line on which the row starts. */
  line: number;
  fields: string[];
  /** Why this row could not be read as written; its fields are then only what could be salvaged. */
  problem?: string;
}

export interface CsvFile {
  rows: CsvRow[];
  /** The separator the file uses: Excel writes `;` under many regional settings, and tabs on copy. */
  separator: string;
}

const SEPARATORS = [',', ';', '\t'];
const LINE_BREAK = /\r\n|\n|\r/;
const BYTE_ORDER_MARK = '\uFEFF';

const lineBreaksIn = (fields: readonly string[]) =>
  fields.reduce((count, field) => count + field.split(LINE_BREAK).length - 1, 0);

/** Offset just past the line break that ends line `line` of `text` (1-based), or the text's end. */
function offsetAfterLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current <= line; current++) {
    const rest = LINE_BREAK.exec(text.slice(offset));
    if (!rest) return text.length;
    offset += rest.index + rest[0].length;
  }
  return offset;
}

const UNCLOSED = 'a quote opened on this line is never closed';
const TEXT_AFTER_QUOTE = 'a quoted value is followed by other text before the separator';

function parseFrom(text: string, separator: string, firstLine: number): CsvRow[] {
  const result = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const errorCodes = new Map<number, Set<Papa.ParseError['code']>>();
  for (const { row, code } of result.errors) {
    if (row !== undefined) errorCodes.set(row, (errorCodes.get(row) ?? new Set()).add(code));
  }

  const rows: CsvRow[] = [];
  let line = firstLine;
  for (const [index, fields] of result.data.entries()) {
    const codes = errorCodes.get(index);
    const problem = codes && (codes.has('InvalidQuotes') ? TEXT_AFTER_QUOTE : UNCLOSED);
    if (codes?.has('MissingQuotes')) {
      // The parser read the rest of the file into the open field. Report this row, keep what stands
      // before the first line break of each field, and read on from the next line, so one stray
      // quote costs one row instead of silently swallowing every row after it.
      rows.push({ line, fields: fields.map((field) => field.split(LINE_BREAK)[0] ?? ''), problem });
      return rows.concat(
        parseFrom(text.slice(offsetAfterLine(text, line - firstLine + 1)), separator, line + 1),
      );
    }
    if (fields.length > 1 || fields[0] !== '')
      rows.push(problem ? { line, fields, problem } : { line, fields });
    line += 1 + lineBreaksIn(fields);
  }
  return rows;
}

/**
 * Reads a CSV as spreadsheets save it: separated by commas, semicolons or tabs (detected), with
 * quoted fields that may hold separators, doubled quotes and line breaks, CRLF or LF, and the
 * byte-order mark Excel writes. Blank lines are skipped. A malformed row is reported on its own
 * line with a `problem`; the rows after it are still read.
 */
export function parseCsv(text: string): CsvFile {
  const input = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const firstLine = input.split(LINE_BREAK, 1)[0] ?? '';
  const separator =
    Papa.parse<string[]>(firstLine, { delimitersToGuess: SEPARATORS }).meta.delimiter || ',';
  return { rows: parseFrom(input, separator, 1), separator };
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * Neutralises a cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return)
 * by prefixing a quote, then quotes it for CSV. A plain number (-1, +62) cannot be a formula and
 * is left as it is, so it still sums in the spreadsheet.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A spreadsheet: a header and rows, every cell neutralised with `csvCell`, CRLF line ends, and a
 * UTF-8 byte-order mark so that Excel reads names like "Nguyễn Thị Lan" as written.
 */
export function csvTable(header: readonly string[], rows: readonly (string | number)[][]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(String(cell))).join(','));
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
