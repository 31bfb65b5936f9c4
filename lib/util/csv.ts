// Minimal RFC 4180 CSV parser (no dependency): comma-separated fields, optional double-quoted fields
// that may contain commas, CR/LF line breaks and doubled quotes (""), LF or CRLF record separators,
// an optional UTF-8 BOM, and an optional trailing newline. Malformed quoting throws with the line number.

export type CsvRecord = Record<string, string>;

export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldWasQuoted = false;
  let line = 1;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    row.push(field);
    field = "";
    fieldWasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  while (index < text.length) {
    const char = text[index]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        inQuotes = false;
        index++;
        const next = text[index];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new Error(`CSV line ${line}: unexpected character ${JSON.stringify(next)} after closing quote`);
        }
        continue;
      }
      if (char === "\n") line++;
      field += char;
      index++;
      continue;
    }
    if (char === '"') {
      if (field.length > 0 || fieldWasQuoted) {
        throw new Error(`CSV line ${line}: quote inside an unquoted field`);
      }
      inQuotes = true;
      fieldWasQuoted = true;
      index++;
      continue;
    }
    if (char === ",") {
      endField();
      index++;
      continue;
    }
    if (char === "\r" || char === "\n") {
      endRow();
      line++;
      index += char === "\r" && text[index + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += char;
    index++;
  }
  if (inQuotes) throw new Error(`CSV line ${line}: unterminated quoted field`);
  // A final record without a trailing newline.
  if (field.length > 0 || fieldWasQuoted || row.length > 0) endRow();
  return rows;
}

/** Parses CSV with a header row into records keyed by column name; every row must have the header's width. */
export function parseCsv(text: string): CsvRecord[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  return rows.map((cells, rowIndex) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV record ${rowIndex + 1}: expected ${header.length} fields, got ${cells.length}`);
    }
    const record: CsvRecord = {};
    header.forEach((name, column) => {
      record[name] = cells[column]!;
    });
    return record;
  });
}

export type CsvCell = string | number | null;

// A spreadsheet runs a cell that starts like a formula; text from résumés must never do that.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends) from rows of cells; text that a spreadsheet would run as a formula is quoted out. */
export function formatCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
