import { describe, expect, it } from "vitest";
import { upsertCandidateByExternalId, upsertCandidatesByExternalId } from "@/lib/candidates";
import { db, dbDriver } from "@/lib/db";
import { unique } from "@/test/helpers/unique";
import { SeededRandom } from "@/lib/util/random";
import { allOfOneOf, KEY_KIND, type KeyKind, keyQuery } from "./retrieval-keys";

// The database generates each candidate's retrieval keys from its columns, whichever code writes them, and
// the queries keyQuery builds find exactly the rows holding their value, whatever characters it has.

const system = { kind: "system", name: "test" } as const;

interface KeyColumns {
  resumeStems: string[];
  technicalSkills: string[];
  tools: string[];
  softSkills: string[];
  mentionedSkills: string[];
  listedOnlySkills: string[];
  occupationCodes: string[];
}

const NONE: KeyColumns = {
  resumeStems: [],
  technicalSkills: [],
  tools: [],
  softSkills: [],
  mentionedSkills: [],
  listedOnlySkills: [],
  occupationCodes: [],
};

/** The lexemes the migration's function makes of a row, as the estimate's array tests read the row. */
function expectedKeys(row: KeyColumns): string[] {
  const kinds: [KeyKind, string[]][] = [
    ["word", row.resumeStems],
    ["skill", [...row.technicalSkills, ...row.tools, ...row.softSkills, ...row.mentionedSkills]],
    ["evidenced", row.mentionedSkills.filter((skill) => !row.listedOnlySkills.includes(skill))],
    ["occupation", row.occupationCodes],
  ];
  const keys = kinds.flatMap(([kind, values]) =>
    values.filter((value) => keyQuery(kind, value) !== null).map((value) => KEY_KIND[kind] + value),
  );
  return [...new Set(keys)].sort();
}

async function storedKeys(where: string, value: string) {
  const rows = await dbDriver().query<KeyColumns & { fullName: string; keys: string[] }>(
    `SELECT "fullName", "resumeStems", "technicalSkills", "tools", "softSkills", "mentionedSkills",
            "listedOnlySkills", "occupationCodes", tsvector_to_array("retrievalKeys") AS "keys"
       FROM "Candidate" WHERE ${where}`,
    [value],
  );
  return rows.map((row) => ({ ...row, keys: [...row.keys].sort() }));
}

const TRICKY = [
  "python",
  "o'reilly",
  "a\\b",
  "\\'",
  "c++ & (go | !rust)",
  "<-> a:* b",
  "économie 日本",
  "x".repeat(200),
];

describe("retrieval keys", () => {
  it("a key's query finds the rows holding its value as that kind, and no other row", async () => {
    const tag = unique("keys");
    const lists = ["technicalSkills", "tools", "softSkills"] as const;
    const rows: KeyColumns[] = TRICKY.flatMap((value, index) => [
      { ...NONE, resumeStems: [value] },
      { ...NONE, [lists[index % lists.length]!]: [value] },
      { ...NONE, mentionedSkills: [value] },
      { ...NONE, mentionedSkills: [value], listedOnlySkills: [value] },
      { ...NONE, occupationCodes: [value] },
    ]);
    rows.push({ ...NONE, resumeStems: ["", "y".repeat(201), "kept"], technicalSkills: [""] });
    await db.candidate.createMany({ data: rows.map((row, index) => ({ ...row, fullName: `${tag} ${index}` })) });
    const stored = await storedKeys(`"fullName" LIKE $1 || ' %'`, tag);
    expect(stored).toHaveLength(rows.length);
    for (const row of stored) expect(row.keys, row.fullName).toEqual(expectedKeys(row));
    expect(stored.find((row) => row.resumeStems.includes("kept"))!.keys).toEqual(["w:kept"]);

    for (const kind of Object.keys(KEY_KIND) as KeyKind[]) {
      for (const value of TRICKY) {
        const found = await dbDriver().query<{ fullName: string }>(
          `SELECT "fullName" FROM "Candidate" WHERE "fullName" LIKE $1 || ' %' AND "retrievalKeys" @@ $2::tsquery`,
          [tag, keyQuery(kind, value)],
        );
        const holding = stored.filter((row) => row.keys.includes(KEY_KIND[kind] + value));
        expect(holding.length, `${kind} ${value}`).toBeGreaterThan(0);
        expect(found.map((row) => row.fullName).sort(), `${kind} ${value}`).toEqual(
          holding.map((row) => row.fullName).sort(),
        );
      }
    }
  });

  it("are those of the saved candidate's columns, and follow its résumé and skills when synced again", async () => {
    const externalId = unique("keys-saved");
    const { candidate } = await upsertCandidateByExternalId({
      ctx: system,
      input: {
        externalId,
        fullName: "Key Holder",
        resumeText: "Data engineer for six years: pipelines in Python and SQL on AWS. Led a team of four.",
        technicalSkills: ["Spark"],
      },
    });
    const [saved] = await storedKeys(`"id" = $1`, candidate.id);
    expect(saved!.keys).toEqual(expectedKeys(saved!));
    expect(saved!.keys).toEqual(
      expect.arrayContaining(["w:pipelin", "s:python", "e:python", "s:spark", "o:15-1243.00"]),
    );

    await upsertCandidatesByExternalId({
      ctx: system,
      input: {
        items: [
          {
            externalId,
            fullName: "Key Holder",
            resumeText: "Nurse for ten years in an intensive care unit, with patient assessment and triage.",
            technicalSkills: ["Kubernetes"],
          },
        ],
      },
    });
    const [synced] = await storedKeys(`"id" = $1`, candidate.id);
    expect(synced!.keys).toEqual(expectedKeys(synced!));
    expect(synced!.keys).toContain("s:kubernetes");
    expect(synced!.keys).not.toContain("s:python");
    expect(synced!.keys).not.toContain("w:pipelin");
    expect(synced!.keys).not.toContain("o:15-1243.00");
  });

  it("a row holds allOfOneOf's query exactly when it holds every key of one of the sets", async () => {
    const values = ["a", "b", "c", "d", "e", "f"];
    // Every combination of the six keys a row can hold, each as a comma-joined list of lexemes.
    const held = Array.from({ length: 1 << values.length }, (_, mask) =>
      values.filter((_, index) => mask & (1 << index)),
    );
    const random = new SeededRandom(20261207);
    for (let family = 0; family < 40; family++) {
      const sets = Array.from({ length: random.int(1, 8) }, () => {
        const set = values.filter(() => random.chance(0.4));
        return set.length > 0 ? set : [random.pick(values)];
      });
      const query = allOfOneOf(sets.map((set) => set.map((value) => keyQuery("skill", value)!)))!;
      const rows = await dbDriver().query<{ holds: boolean }>(
        `SELECT array_to_tsvector(string_to_array(h, ',')) @@ $2::tsquery AS "holds"
           FROM unnest($1::text[]) WITH ORDINALITY AS combination(h, n) ORDER BY n`,
        [held.map((keys) => keys.map((value) => KEY_KIND.skill + value).join(",")), query],
      );
      const expected = held.map((keys) => sets.some((set) => set.every((value) => keys.includes(value))));
      expect(
        rows.map((row) => row.holds),
        JSON.stringify(sets),
      ).toEqual(expected);
    }
  });
});
