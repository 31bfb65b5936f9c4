// Retrieval's keys: the lexemes of Candidate."retrievalKeys", which the database generates from a candidate's
// stems, skills and occupations (migration candidate_retrieval_keys), and text-search queries over them.
// Each lexeme is a value after its kind's prefix, so a skill never matches a word of the same spelling.

/** Each kind of key, as the prefix of its lexemes. */
export const KEY_KIND = {
  /** A résumé stem. */
  word: "w:",
  /** A skill listed (technical skills, tools, soft skills) or stated in the résumé. */
  skill: "s:",
  /** A skill the résumé states outside its skill lists. */
  evidenced: "e:",
  /** An O*NET occupation code of a role the résumé names. */
  occupation: "o:",
} as const;

export type KeyKind = keyof typeof KEY_KIND;

// PostgreSQL refuses empty lexemes and lexemes over 2,047 bytes, so the column leaves out empty values and
// values over this many bytes (the migration's function says the same): such a value is simply not looked up.
const MAX_KEY_BYTES = 200;

/** Whether the column holds a value of this text when a candidate has it. */
export const isStoredKey = (value: string): boolean =>
  value !== "" && Buffer.byteLength(value, "utf8") <= MAX_KEY_BYTES;

/** A text-search query (tsquery input), sent as a parameter. */
export type KeyQuery = string;

/**
 * The query for one key: its lexeme quoted as tsquery input reads it (in single quotes, a quote doubled and
 * a backslash escaped), so any character is taken as is; null when the column never holds the value.
 */
export function keyQuery(kind: KeyKind, value: string): KeyQuery | null {
  if (!isStoredKey(value)) return null;
  const lexeme = KEY_KIND[kind] + value;
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

const joined = (operator: string, queries: KeyQuery[]): KeyQuery =>
  queries.length === 1 ? queries[0]! : queries.map((query) => `(${query})`).join(` ${operator} `);

/** Rows holding a key any of the queries test; null for no query (which finds nobody). */
export const anyOf = (queries: KeyQuery[]): KeyQuery | null => (queries.length === 0 ? null : joined("|", queries));

/** Rows matching every one of the queries. */
export const allOf = (first: KeyQuery, ...rest: KeyQuery[]): KeyQuery => joined("&", [first, ...rest]);

/**
 * Rows holding every query of one of the sets (each set non-empty); null for no set. Sets that start alike
 * share their start — `a & (b | c)` rather than `(a & b) | (a & c)` — so a row's test reads a shared query
 * once: the condition is tested on every row of a table scan.
 */
export function allOfOneOf(sets: readonly (readonly KeyQuery[])[]): KeyQuery | null {
  const byFirst = new Map<KeyQuery, (readonly KeyQuery[])[]>();
  for (const [first, ...rest] of sets) {
    if (first === undefined) throw new Error("A set of keys must hold at least one key.");
    const group = byFirst.get(first);
    if (group) group.push(rest);
    else byFirst.set(first, [rest]);
  }
  return anyOf(
    [...byFirst].map(([first, rests]) =>
      // A set ending here is held whenever `first` is, whatever the longer ones hold.
      rests.some((rest) => rest.length === 0) ? first : allOf(first, allOfOneOf(rests)!),
    ),
  );
}
