import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbDriver } from "@/lib/db";
import { unique } from "@/test/helpers/unique";
import { columnArrays, JSON_TEXT } from "./column-arrays";

// Rows written through unnest come back as written, on PGlite and PostgreSQL alike: nulls in every kind of
// column, an empty byte string, a single row (whose null JSON is an empty text), quotes and backslashes.

const table = `"${unique("column_arrays").replace(/-/g, "_")}"`;
const columns = columnArrays<Row>(
  {
    id: "integer",
    label: "text",
    tags: "text[]",
    weights: "double precision[]",
    doc: "jsonb",
    raw: "json",
    kept: JSON_TEXT,
    bytes: "bytea",
    at: "timestamp(3)",
  },
  { defaults: { at: "'2000-01-01'" } },
);

interface Row {
  id: number;
  label: string | null;
  tags: string[] | null;
  weights: number[] | null;
  doc: string | null;
  raw: string | null;
  kept: string | null;
  bytes: Uint8Array | null;
  at: Date | null;
}

const rows: Row[] = [
  {
    id: 1,
    label: 'say "hi"\\',
    tags: ['a "b"', "c\\d", "", "NULL"],
    weights: [0.1, -2.5e-7],
    doc: '{"k": [1, "\\u0001"]}',
    raw: ' {"b":1,  "a":2} ',
    kept: '{"é":"\\u0001"}',
    bytes: new Uint8Array([0, 255, 7]),
    at: new Date("2026-12-05T10:11:12.345Z"),
  },
  {
    id: 2,
    label: null,
    tags: null,
    weights: null,
    doc: null,
    raw: null,
    kept: null,
    bytes: new Uint8Array(),
    at: null,
  },
  { id: 3, label: "", tags: [], weights: [], doc: "null", raw: "[]", kept: "1", bytes: null, at: null },
];

async function write(batch: Row[]) {
  await dbDriver().query(columns.insertInto(table), columns.parameters(batch));
}

async function read(ids: number[]) {
  return dbDriver().query<Record<string, unknown>>(
    `SELECT id, label, tags, weights, doc::text AS doc, raw::text AS raw, kept, encode(bytes, 'hex') AS bytes, to_char(at, 'YYYY-MM-DD HH24:MI:SS.MS') AS at
       FROM ${table} WHERE id = ANY($1::integer[]) ORDER BY id`,
    [ids],
  );
}

beforeAll(async () => {
  await dbDriver().query(
    `CREATE TABLE ${table} (id integer, label text, tags text[], weights double precision[], doc jsonb, raw json, kept text, bytes bytea, at timestamp(3))`,
  );
});
afterAll(async () => {
  await dbDriver().query(`DROP TABLE ${table}`);
});

describe("columnArrays", () => {
  it("writes every kind of column as given, nulls and defaults included", async () => {
    await write(rows);
    expect(await read([1, 2, 3])).toEqual([
      {
        id: 1,
        label: 'say "hi"\\',
        tags: ['a "b"', "c\\d", "", "NULL"],
        weights: [0.1, -2.5e-7],
        doc: '{"k": [1, "\\u0001"]}',
        raw: ' {"b":1,  "a":2} ',
        kept: '{"é":"\\u0001"}',
        bytes: "00ff07",
        at: "2026-12-05 10:11:12.345",
      },
      {
        id: 2,
        label: null,
        tags: null,
        weights: null,
        doc: null,
        raw: null,
        kept: null,
        bytes: "",
        at: "2000-01-01 00:00:00.000",
      },
      {
        id: 3,
        label: "",
        tags: [],
        weights: [],
        doc: "null",
        raw: "[]",
        kept: "1",
        bytes: null,
        at: "2000-01-01 00:00:00.000",
      },
    ]);
  });

  it("writes a single row whose JSON is null", async () => {
    await write([{ ...rows[1]!, id: 4, bytes: null }]);
    expect(await read([4])).toEqual([
      {
        id: 4,
        label: null,
        tags: null,
        weights: null,
        doc: null,
        raw: null,
        kept: null,
        bytes: null,
        at: "2000-01-01 00:00:00.000",
      },
    ]);
  });
});
