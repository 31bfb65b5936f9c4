// Many rows as one array a column: `SELECT … FROM unnest($1::text[], $2::float8[], …)`. The statement has a
// parameter per column whatever the number of rows, so its text is the same for every batch: parsed once
// (a named prepared statement on PostgreSQL) instead of a VALUES list of rows × columns placeholders that
// PostgreSQL and node-postgres parse and bind anew for each batch size. Used for bulk writes that Prisma's
// createMany made slow (it compiles its query per row).

/**
 * The SQL type of every column (e.g. `text`, `jsonb`, `timestamp(3)`, `bytea`, `text[]`), or `JSON_TEXT`:
 * JSON text its writer made (so valid) kept in a text column, sent as JSON columns are and never parsed.
 */
export type ColumnTypes<Row> = { readonly [Column in keyof Row]-?: string };

export const JSON_TEXT = "json as text";

export interface ColumnArrays<Row> {
  /** `INSERT INTO <table> ("a", …) SELECT v."a", … FROM unnest(…)`: every row, each value in its type. */
  insertInto(table: string): string;
  /** `unnest($1::text[], …) AS v("a", …)`: `v."a"`, `v."b"`… name each column's field (as sent). */
  from: string;
  /** One column's value in its type, e.g. for `UPDATE … SET`. */
  value(column: keyof Row & string): string;
  /** The statement's parameters, numbered from `first`. */
  parameters(rows: readonly Record<keyof Row, unknown>[]): unknown[];
}

export interface ColumnArrayOptions<Row> {
  /** The number of the first parameter (default 1). */
  first?: number;
  /** SQL written for a column whose value is null, e.g. `{ createdAt: "CURRENT_TIMESTAMP" }`. */
  defaults?: Partial<Record<keyof Row, string>>;
}

/**
 * The parts of a statement that reads `rows` through unnest.
 * Values go as text where node-postgres and PGlite would otherwise convert them differently: a Date as its
 * UTC ISO string (timestamp columns hold UTC, as Prisma writes them), an array value as its array literal
 * (unnest would flatten an array of arrays into one list of elements). Large values skip the array
 * literal, which node-postgres builds a string at a time, escaping each value again (50 µs a row for a
 * 3 kB one): JSON text goes as one text a column, split by the database; bytes as one binary parameter a
 * column, with each row's offset and length in the unnest.
 */
export function columnArrays<Row>(
  types: ColumnTypes<Row>,
  { first = 1, defaults = {} }: ColumnArrayOptions<Row> = {},
): ColumnArrays<Row> {
  const columns = (Object.keys(types) as (keyof Row & string)[]).map((name) => ({
    name,
    quoted: `"${name}"`,
    type: types[name],
    kind: kindOf(types[name]),
  }));
  // The unnest's parameters first, one a column (bytes: its offsets and its lengths), then the bytes.
  const fields = columns.flatMap((column) =>
    column.kind === "bytes"
      ? [
          { column, name: `"${column.name}:offset"`, parameter: (n: number) => `$${n}::integer[]` },
          { column, name: `"${column.name}:length"`, parameter: (n: number) => `$${n}::integer[]` },
        ]
      : [{ column, name: column.quoted, parameter: parameterOf(column) }],
  );
  const bytesColumns = columns.filter((column) => column.kind === "bytes");
  const bytesParameter = (column: (typeof columns)[number]) =>
    `$${first + fields.length + bytesColumns.indexOf(column)}::bytea`;
  const valueOf = (column: (typeof columns)[number]) => {
    if (column.kind === "bytes")
      return `substring(${bytesParameter(column)} FROM v."${column.name}:offset" FOR v."${column.name}:length")`;
    return column.kind === "plain" || column.type === JSON_TEXT
      ? `v.${column.quoted}`
      : `v.${column.quoted}::${column.type}`;
  };
  const from = `unnest(${fields.map((field, i) => field.parameter(first + i)).join(", ")}) AS v(${fields.map((field) => field.name).join(", ")})`;
  const names = columns.map((column) => column.quoted).join(", ");
  const values = columns
    .map((column) => {
      const fallback = defaults[column.name];
      return fallback ? `COALESCE(${valueOf(column)}, ${fallback})` : valueOf(column);
    })
    .join(", ");
  return {
    insertInto: (table) => `INSERT INTO ${table} (${names}) SELECT ${values} FROM ${from}`,
    from,
    value: (name) => valueOf(columns.find((column) => column.name === name)!),
    parameters: (rows) => {
      const parameters: unknown[] = [];
      const bytes: Buffer[] = [];
      for (const column of columns) {
        const given = rows.map((row) => row[column.name]);
        if (column.kind === "bytes") {
          const packed = packBytes(given as (Uint8Array | null | undefined)[]);
          parameters.push(packed.offsets, packed.lengths);
          bytes.push(packed.bytes);
        } else if (column.kind === "json") {
          parameters.push(given.map((value) => (value as string | null | undefined) ?? "").join(SEPARATOR));
        } else {
          parameters.push(given.map((value) => asParameter(value, column.kind === "array")));
        }
      }
      return [...parameters, ...bytes];
    },
  };
}

type Kind = "plain" | "array" | "json" | "bytes";
const kindOf = (type: string): Kind =>
  type === "bytea"
    ? "bytes"
    : type === "json" || type === "jsonb" || type === JSON_TEXT
      ? "json"
      : type.endsWith("[]")
        ? "array"
        : "plain";

function parameterOf(column: { kind: Kind; type: string }): (n: number) => string {
  if (column.kind === "json") return (n) => `string_to_array($${n}::text, chr(1), '')`;
  return column.kind === "array" ? (n) => `$${n}::text[]` : (n) => `$${n}::${column.type}[]`;
}

// Valid JSON text never holds a raw U+0001 (control characters appear only escaped), and is never empty:
// an empty field is null. (A single null makes an empty text, so an empty array, which unnest pads with
// null.)
const SEPARATOR = "\u0001";

/** The values one after the other, with where each starts (1-based, as `substring` counts) and its length. */
function packBytes(values: readonly (Uint8Array | null | undefined)[]) {
  const offsets: (number | null)[] = [];
  const lengths: (number | null)[] = [];
  let offset = 1;
  for (const value of values) {
    offsets.push(value ? offset : null);
    lengths.push(value ? value.byteLength : null);
    offset += value?.byteLength ?? 0;
  }
  const present = values.filter((value): value is Uint8Array => !!value);
  return { offsets, lengths, bytes: Buffer.concat(present) };
}

function asParameter(value: unknown, isArray: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (isArray) return arrayLiteral(value as readonly unknown[]);
  return value instanceof Date ? value.toISOString() : value;
}

/** `{"a","b \"c\""}`: a one-dimensional array of strings, numbers or booleans as PostgreSQL reads it. */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) =>
    value === null || value === undefined
      ? "NULL"
      : typeof value === "string"
        ? `"${value.replace(/[\\"]/g, "\\$&")}"`
        : String(value),
  );
  return `{${elements.join(",")}}`;
}
