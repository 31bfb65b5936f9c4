import { describe, expect, it } from "vitest";
import { unique } from "@/test/helpers/unique";
import { SIGN_IN_LIMITS, admitSignIn, recordSignIn } from "./sign-in-throttle";

// The limits with the clock passed in, so backoffs are checked exactly and no test waits for time.

let octet = 0;
/** A client address no other test uses. */
const address = () => `198.51.${100 + Math.floor(octet / 250)}.${(octet++ % 250) + 1}`;
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

async function fail(email: string, from: string, now: Date) {
  expect(await admitSignIn({ address: from, email, now })).toBeNull();
  await recordSignIn({ address: from, email, succeeded: false, now });
}

describe("sign-in limits", () => {
  it("allow an address 30 credential checks per 10 minutes, then say when to come back", async () => {
    const from = address();
    const start = new Date("2026-06-01T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.addressAttempts; i++) {
      expect(await admitSignIn({ address: from, email: `${unique("nobody")}@example.com`, now: start })).toBeNull();
    }
    const refused = await admitSignIn({ address: from, email: "someone@example.com", now: at(start, 60) });
    expect(refused).toEqual({ retryAfterSeconds: 540, reason: "too many sign-in attempts from your address" });
    // Another client is not affected, and the address may try again once its window has passed.
    expect(await admitSignIn({ address: address(), email: "someone@example.com", now: at(start, 60) })).toBeNull();
    expect(await admitSignIn({ address: from, email: "someone@example.com", now: at(start, 600) })).toBeNull();
  });

  it("back off one account from one address after 5 failures in a row: 1 s, 2 s, 4 s…; a success clears it", async () => {
    const email = `${unique("pair")}@example.com`;
    const from = address();
    const start = new Date("2026-06-02T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.pairFree; i++) await fail(email, from, start);
    expect(await admitSignIn({ address: from, email, now: start })).toMatchObject({ retryAfterSeconds: 1 });
    await fail(email, from, at(start, 1));
    expect(await admitSignIn({ address: from, email, now: at(start, 2) })).toMatchObject({ retryAfterSeconds: 1 });
    await fail(email, from, at(start, 3));
    expect(await admitSignIn({ address: from, email, now: at(start, 3) })).toMatchObject({ retryAfterSeconds: 4 });

    expect(await admitSignIn({ address: from, email, now: at(start, 7) })).toBeNull();
    await recordSignIn({ address: from, email, succeeded: true, now: at(start, 7) });
    expect(await admitSignIn({ address: from, email, now: at(start, 7) })).toBeNull();
  });

  it("let a burst of parallel tries past the free ones through one at a time", async () => {
    const email = `${unique("burst")}@example.com`;
    const from = address();
    const start = new Date("2026-06-03T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.pairFree; i++) await fail(email, from, start);
    const later = at(start, 60);
    const tries = await Promise.all(Array.from({ length: 5 }, () => admitSignIn({ address: from, email, now: later })));
    expect(tries.filter((refusal) => refusal === null)).toHaveLength(1);
  });

  it("never let failures from other clients lock the owner out of an address they signed in from", async () => {
    const email = `${unique("owner")}@example.com`;
    const home = address();
    const start = new Date("2026-06-04T10:00:00Z");
    expect(await admitSignIn({ address: home, email, now: start })).toBeNull();
    await recordSignIn({ address: home, email, succeeded: true, now: start });

    // A spread-out attack: one wrong password from each of 20 addresses; the 21st is already held back.
    for (let i = 0; i < SIGN_IN_LIMITS.accountFree; i++) await fail(email, address(), at(start, 1));
    const newcomer = await admitSignIn({ address: address(), email, now: at(start, 1) });
    expect(newcomer).toEqual({ retryAfterSeconds: 1, reason: "this account had too many failed sign-ins" });
    expect(await admitSignIn({ address: home, email, now: at(start, 1) })).toBeNull();
  });

  it("count an IPv6 client's whole /64 as one address", async () => {
    const start = new Date("2026-06-05T10:00:00Z");
    const prefix = `2001:db8:${(octet++).toString(16)}:1`;
    for (let i = 0; i < SIGN_IN_LIMITS.addressAttempts; i++) {
      const email = `${unique("v6")}@example.com`;
      expect(await admitSignIn({ address: `${prefix}::${(i + 1).toString(16)}`, email, now: start })).toBeNull();
    }
    expect(await admitSignIn({ address: `${prefix}:0:0:0:ffff`, email: "x@example.com", now: start })).not.toBeNull();
  });
});
