// PostgreSQL's answer to text it cannot store: NUL in text (22021) or in jsonb (22P05). The edge refuses
// such input before it gets here; this names the rest (pages, inputs read outside a route contract).
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);

/** The SQLSTATE of a database error, raised through Prisma (driver adapter) or the raw driver. */
export function sqlStateOf(error: unknown): string | null {
  if (!error || typeof error !== "object") return null;
  // Prisma's own code (P2039…) is on the error itself; the database's is in the adapter's cause.
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta;
  const original = meta?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string") return original;
  const direct = (error as { code?: unknown }).code;
  return typeof direct === "string" && /^[0-9A-Z]{5}$/.test(direct) && !("clientVersion" in error) ? direct : null;
}

export function isUnstorableTextError(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== null && UNSTORABLE_TEXT_CODES.has(state);
}
