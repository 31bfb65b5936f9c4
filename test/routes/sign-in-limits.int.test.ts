import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as authRoute } from "@/app/api/auth/[...all]/route";
import { SIGN_IN_LIMITS } from "@/lib/auth";
import { stampPeerAddresses } from "@/lib/http/client-address";
import { signedInUser, type TestUser } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { APP_ORIGIN } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

// Sign-in over real HTTP, with the server stamping each request's socket address as `next start` does.
// Before: without X-Forwarded-For every client shared one bucket (20 wrong passwords locked the admin out
// for a minute), and a spoofed X-Forwarded-For gave every attempt a bucket of its own.

let server: http.Server;
let url: string;
let owner: TestUser;

beforeAll(async () => {
  stampPeerAddresses();
  owner = await signedInUser("ADMIN");
  server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === "string") headers.set(name, value);
    const response = await authRoute(
      new Request(`${APP_ORIGIN}${incoming.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }),
    );
    outgoing.writeHead(response.status, Object.fromEntries(response.headers)).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/auth/sign-in/email`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function signIn(email: string, password: string, forwardedFor?: string) {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: APP_ORIGIN,
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify({ email, password }),
  });
}

// Each attempt hashes a password (scrypt): on a busy machine thirty of them take longer than the default.
describe("sign-in limits over HTTP", { timeout: 300_000 }, () => {
  it("trusts a forwarded address only from TRUSTED_PROXIES: one client cannot lock out another", async () => {
    await withEnv({ TRUSTED_PROXIES: "127.0.0.1" }, async () => {
      expect((await signIn(owner.email, owner.password, "203.0.113.10")).status).toBe(200);
      // Another client behind the proxy fails until it is held back …
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await signIn(owner.email, "wrong-password", "203.0.113.66")).status);
      expect(statuses.slice(0, SIGN_IN_LIMITS.pairFree)).toEqual(Array(SIGN_IN_LIMITS.pairFree).fill(401));
      const held = statuses.slice(SIGN_IN_LIMITS.pairFree);
      expect(held).toContain(429);
      // … while the owner's correct password still works from their own address.
      expect((await signIn(owner.email, owner.password, "203.0.113.10")).status).toBe(200);
    });
  });

  it("counts a spoofed X-Forwarded-For against the socket's address when no proxy is trusted", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.addressAttempts; i++) {
      const response = await signIn(`${unique("nobody")}@example.com`, "wrong-password", `198.51.100.${i + 1}`);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
      }
    }
    expect(statuses.slice(0, SIGN_IN_LIMITS.addressAttempts).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
