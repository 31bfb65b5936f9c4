// Many rows as one array a column: `SELECT … FROM unnest($1::text[], $2::float8[], …)`. The statement has a
// parameter per column whatever the number of rows, so its text is the same for every batch: parsed once
// (a named prepared statement on PostgreSQL) instead of a VALUES list of rows × columns placeholders that
// PostgreSQL and node-postgres parse and bind anew for each batch size. Used for bulk writes that Prisma's
// createMany made slow (it compiles its query per row).

/** The SQL type of every column (e.g. `text`, `jsonb`, `timestamp(3)`, `bytea`, `text[]`). */
export type ColumnTypes<Row> = { readonly [Column in keyof Row]-?: string };

export interface ColumnArrays<Row> {
  /** `"a", "b"`: the columns in the order of the other parts. */
  names: string;
  /** `unnest($1::text[], …) AS v("a", …)`, then `v."a"`, `v."b"`… name each column (array columns cast). */
  from: string;
  /** `v."a", v."b"::text[]`: each column's value (or its default), for `INSERT … SELECT`. */
  values: string;
  /** The statement's parameters: one array per column, in column order. */
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
 * Values go as text where node-postgres and PGlite would otherwise convert them differently: a Date as
 * its UTC ISO string (timestamp columns hold UTC, as Prisma writes them), bytes as hex text decoded by the
 * database (PGlite's bytea serialiser formats byte by byte in JavaScript), and an array value as its array
 * literal (unnest would flatten an array of arrays into one list of elements).
 */
export function columnArrays<Row>(
  types: ColumnTypes<Row>,
  { first = 1, defaults = {} }: ColumnArrayOptions<Row> = {},
): ColumnArrays<Row> {
  const columns = Object.keys(types) as (keyof Row & string)[];
  const quoted = columns.map((column) => `"${column}"`);
  const kinds = columns.map((column) => kindOf(types[column]));
  const parameterTypes = columns.map((column, i) => (kinds[i] === "plain" ? types[column] : "text"));
  const valueOf = (column: keyof Row & string, i: number) => {
    const value = `v.${quoted[i]}`;
    if (kinds[i] === "bytes") return `decode(${value}, 'hex')`;
    return kinds[i] === "array" ? `${value}::${types[column]}` : value;
  };
  return {
    names: quoted.join(", "),
    from: `unnest(${parameterTypes.map((type, i) => `$${first + i}::${type}[]`).join(", ")}) AS v(${quoted.join(", ")})`,
    values: columns
      .map((column, i) => {
        const fallback = defaults[column];
        return fallback ? `COALESCE(${valueOf(column, i)}, ${fallback})` : valueOf(column, i);
      })
      .join(", "),
    parameters: (rows) => columns.map((column, i) => rows.map((row) => asParameter(row[column], kinds[i]!))),
  };
}

type Kind = "plain" | "bytes" | "array";
const kindOf = (type: string): Kind => (type === "bytea" ? "bytes" : type.endsWith("[]") ? "array" : "plain");

function asParameter(value: unknown, kind: Kind): unknown {
  if (value === null || value === undefined) return null;
  if (kind === "array") return arrayLiteral(value as readonly unknown[]);
  if (kind === "bytes") {
    const bytes = value as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
  }
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
