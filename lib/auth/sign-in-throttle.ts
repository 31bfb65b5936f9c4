import "server-only";
import crypto from "node:crypto";
import { isIP } from "node:net";
import { dbDriver } from "@/lib/db";

// Password guessing is limited in the database, so every instance enforces the same counts (README,
// Security). Tries past the free ones are reserved before the password is checked, so a parallel burst
// waits its turn as a sequence would; a success clears its account's counters.

export const SIGN_IN_LIMITS = {
  /** Credential checks per client address and window, whatever the account. */
  addressAttempts: 30,
  addressWindowMs: 10 * 60_000,
  /** Failures in a row for one account from one address before each next try waits 1 s, 2 s, 4 s… */
  pairFree: 5,
  /** The same across addresses, except those that signed in to the account before (the owner's devices). */
  accountFree: 20,
  maxBackoffMs: 15 * 60_000,
  knownForMs: 90 * 24 * 60 * 60_000,
} as const;

export interface SignInRefusal {
  retryAfterSeconds: number;
  reason: string;
}

interface Attempt {
  /** The client address (null when unknown: such clients share one budget). */
  address: string | null;
  /** The account tried, when the request names one. */
  email: string | null;
  now?: Date;
}

type Query = <Row>(sql: string, params: unknown[]) => Promise<Row[]>;
const query: Query = (sql, params) => dbDriver().query(sql, params);

/** Admits one credential check, or says why not and for how long. */
export async function admitSignIn({ address, email, now = new Date() }: Attempt): Promise<SignInRefusal | null> {
  const byAddress = await countAddressAttempt(addressKey(address), now);
  if (byAddress) return byAddress;
  if (email === null) return null;
  const account = accountId(email);
  if (!(await isKnownAddress(account, address, now))) {
    const refusal = await reserve(`account:${account}`, SIGN_IN_LIMITS.accountFree, now);
    if (refusal) return { ...refusal, reason: "this account had too many failed sign-ins" };
  }
  const refusal = await reserve(pairKey(account, address), SIGN_IN_LIMITS.pairFree, now);
  return refusal ? { ...refusal, reason: "too many failed sign-ins to this account from your address" } : null;
}

/** Records how a credential check for `email` ended. */
export async function recordSignIn({ address, email, succeeded, now = new Date() }: Attempt & { succeeded: boolean }) {
  if (email === null) return;
  const account = accountId(email);
  const keys = [`account:${account}`, pairKey(account, address)];
  if (succeeded) {
    await query(`DELETE FROM "SignInThrottle" WHERE "key" = ANY($1)`, [keys]);
    await upsert(knownKey(account, address), now);
    return;
  }
  for (const [key, free] of [
    [keys[0]!, SIGN_IN_LIMITS.accountFree],
    [keys[1]!, SIGN_IN_LIMITS.pairFree],
  ] as const) {
    await upsert(key, now);
    await query(
      `UPDATE "SignInThrottle" SET "failures" = "failures" + 1, "updatedAt" = $2::timestamp,
         "blockedUntil" = GREATEST(COALESCE("blockedUntil", $2::timestamp), $2::timestamp + ${backoffSql('"failures" + 1', free)})
       WHERE "key" = $1`,
      [key, iso(now)],
    );
  }
  await forgetStale(now);
}

/** The wait after `failures` failures in a row, as SQL (0 while within the free ones). */
function backoffSql(failures: string, free: number): string {
  const seconds = `CASE WHEN ${failures} < ${free} THEN 0 ELSE LEAST(${SIGN_IN_LIMITS.maxBackoffMs / 1000}, power(2, ${failures} - ${free})) END`;
  return `(${seconds}) * interval '1 second'`;
}

async function countAddressAttempt(key: string, now: Date): Promise<SignInRefusal | null> {
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.addressWindowMs);
  const [row] = await query<{ failures: number; windowStartMs: number }>(
    `INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "updatedAt") VALUES ($1, 1, $2::timestamp, $2::timestamp)
     ON CONFLICT ("key") DO UPDATE SET
       "failures" = CASE WHEN "SignInThrottle"."windowStart" <= $3::timestamp THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
       "windowStart" = CASE WHEN "SignInThrottle"."windowStart" <= $3::timestamp THEN $2::timestamp ELSE "SignInThrottle"."windowStart" END,
       "updatedAt" = $2::timestamp
     RETURNING "failures", ${epochMs('"windowStart"')} AS "windowStartMs"`,
    [key, iso(now), iso(windowStart)],
  );
  if (!row || row.failures <= SIGN_IN_LIMITS.addressAttempts) return null;
  const endsAt = Number(row.windowStartMs) + SIGN_IN_LIMITS.addressWindowMs;
  return { retryAfterSeconds: secondsUntil(endsAt, now), reason: "too many sign-in attempts from your address" };
}

/** Takes this try's turn on `key`: refused while blocked, else the next try is held back by the backoff. */
async function reserve(key: string, free: number, now: Date): Promise<Omit<SignInRefusal, "reason"> | null> {
  await upsert(key, now);
  const taken = await query<{ key: string }>(
    `UPDATE "SignInThrottle" SET "updatedAt" = $2::timestamp, "blockedUntil" = $2::timestamp + ${backoffSql('"failures"', free)}
     WHERE "key" = $1 AND ("blockedUntil" IS NULL OR "blockedUntil" <= $2::timestamp) RETURNING "key"`,
    [key, iso(now)],
  );
  if (taken.length > 0) return null;
  const [row] = await query<{ blockedUntilMs: number }>(
    `SELECT ${epochMs('"blockedUntil"')} AS "blockedUntilMs" FROM "SignInThrottle" WHERE "key" = $1`,
    [key],
  );
  return { retryAfterSeconds: secondsUntil(Number(row!.blockedUntilMs), now) };
}

async function isKnownAddress(account: string, address: string | null, now: Date): Promise<boolean> {
  if (address === null) return false;
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.knownForMs);
  const rows = await query(`SELECT 1 FROM "SignInThrottle" WHERE "key" = $1 AND "updatedAt" > $2::timestamp`, [
    knownKey(account, address),
    iso(since),
  ]);
  return rows.length > 0;
}

async function upsert(key: string, now: Date): Promise<void> {
  await query(
    `INSERT INTO "SignInThrottle" ("key", "windowStart", "updatedAt") VALUES ($1, $2::timestamp, $2::timestamp)
     ON CONFLICT ("key") DO UPDATE SET "updatedAt" = GREATEST("SignInThrottle"."updatedAt", $2::timestamp)`,
    [key, iso(now)],
  );
}

async function forgetStale(now: Date): Promise<void> {
  const day = new Date(now.getTime() - 24 * 60 * 60_000);
  const known = new Date(now.getTime() - SIGN_IN_LIMITS.knownForMs);
  await query(
    `DELETE FROM "SignInThrottle" WHERE ("key" NOT LIKE 'known:%' AND "updatedAt" < $1::timestamp
       AND ("blockedUntil" IS NULL OR "blockedUntil" < $1::timestamp)) OR ("key" LIKE 'known:%' AND "updatedAt" < $2::timestamp)`,
    [iso(day), iso(known)],
  );
}

/** An account's key: a hash of its normalised e-mail, so the table holds no addresses in clear. */
function accountId(email: string): string {
  return crypto.createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}

// An IPv6 client controls a whole /64, so it counts as one address.
function addressKey(address: string | null): string {
  return `address:${network(address)}`;
}

function pairKey(account: string, address: string | null): string {
  return `pair:${account}:${network(address)}`;
}

function knownKey(account: string, address: string | null): string {
  return `known:${account}:${network(address)}`;
}

function network(address: string | null): string {
  if (address === null) return "unknown";
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return `${groups.slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = address.includes("::") ? Array<string>(8 - left.length - right.length).fill("0") : [];
  return [...left, ...fill, ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}

// The columns hold UTC without a zone (as Prisma writes them). Times go in as ISO strings and come back as
// epoch milliseconds, so no driver applies the local time zone on the way.
function iso(date: Date): string {
  return date.toISOString();
}

function epochMs(column: string): string {
  return `(extract(epoch from ${column}) * 1000)::float8`;
}

function secondsUntil(time: number, now: Date): number {
  return Math.max(1, Math.ceil((time - now.getTime()) / 1000));
}
