import { describe, expect, it } from "vitest";
import { dbDriver } from "@/lib/db";
import { readWindowVectors } from "./embedding-sample";
import { summariseWindow } from "./summaries";

// Day samples of embedding vectors against the raw rows they sample. Rows live in 2004, where no other
// test writes; each row's one-component vectors carry its sequence number, so a sample names its rows.

const window = { start: new Date(Date.UTC(2004, 0, 1)), end: new Date(Date.UTC(2004, 0, 3)) };
const MODEL = "sample-test-1d";

/** A float4 as the log stores vectors: little-endian (float4send is big-endian). */
const littleEndian = (value: string) =>
  `decode(${[7, 5, 3, 1].map((at) => `substr(encode(float4send(${value}), 'hex'), ${at}, 2)`).join(" || ")}, 'hex')`;

/** Inserts rows numbered [from, to) on the day starting `day`, through the signal trigger. */
async function insertRows(day: string, from: number, to: number, model = MODEL) {
  await dbDriver().query(
    `INSERT INTO "Inference" (id, features, score, "embeddingModel", "latencyMs", source, "createdAt", "candidateEmbedding", "jobEmbedding")
     SELECT 'sample-' || g || '-' || $3, '{}'::jsonb, 50, $3, 1, 'drift-test', $4::date + (g - $1) * interval '1 second',
            ${littleEndian("g::float4")}, ${littleEndian("-g::float4")}
       FROM generate_series($1::int, $2::int - 1) AS g`,
    [from, to, model, day],
  );
}

/** The window's `size` rows of lowest key, straight from the raw rows. */
async function rawLowest(size: number): Promise<number[]> {
  const rows = await dbDriver().query<{ n: number }>(
    `SELECT split_part(id, '-', 2)::int AS n FROM "Inference"
      WHERE "embeddingModel" = $1 AND "createdAt" >= $2::timestamp AND "createdAt" < $3::timestamp
      ORDER BY hashtextextended(id, 16), id LIMIT $4`,
    [MODEL, window.start.toISOString(), window.end.toISOString(), size],
  );
  return rows.map((row) => row.n);
}

const sampled = async (size: number) => {
  const candidate = await readWindowVectors(window, MODEL, "candidate", size);
  const job = await readWindowVectors(window, MODEL, "job", size);
  // One component per vector: a matrix's values are its vectors' components.
  expect([...job.values].map((value) => -value)).toEqual([...candidate.values]);
  return [...candidate.values];
};

describe("embedding samples per day", () => {
  it("give a window the lowest keys of all its rows, however busy each day; redone after late rows; outlive the raw rows", async () => {
    // The first day has more rows than a day keeps; the second fewer; another model shares the first day.
    await insertRows("2004-01-01", 0, 2_500);
    await insertRows("2004-01-02", 2_500, 3_100);
    await insertRows("2004-01-01", 0, 10, "sample-test-other");
    await summariseWindow(window);
    const [stored] = await dbDriver().query<{ rows: number }>(
      `SELECT count(*)::int AS rows FROM "DriftDayEmbedding" WHERE day = '2004-01-01' AND "embeddingModel" = $1`,
      [MODEL],
    );
    expect(stored!.rows).toBe(2_000);
    expect(await sampled(2_000)).toEqual(await rawLowest(2_000));
    expect(await sampled(300)).toEqual(await rawLowest(300));

    // Late rows on the second day: its sample is written again with them.
    await insertRows("2004-01-02", 3_100, 3_400);
    expect(await summariseWindow(window)).toEqual(["2004-01-02"]);
    const expected = await rawLowest(2_000);
    expect(await sampled(2_000)).toEqual(expected);

    // A day left out (a drifted day of a trailing reference) gives none of its rows.
    const secondDayOnly = await readWindowVectors(window, MODEL, "candidate", 2_000, ["2004-01-01"]);
    expect([...secondDayOnly.values].every((n) => n >= 2_500)).toBe(true);
    expect(secondDayOnly.rows).toBe(3_400 - 2_500);

    await dbDriver().query(`DELETE FROM "Inference" WHERE id LIKE 'sample-%'`);
    expect(await sampled(2_000)).toEqual(expected);
  });
});
