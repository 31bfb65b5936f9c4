import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "@/lib/env";
import { clientAddress, peerStamp } from "./client-address";

const request = (headers: Record<string, string>) =>
  new Request("http://localhost/api/auth/sign-in/email", { headers });

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  resetEnvCache();
});

describe("clientAddress", () => {
  it("is the socket's address, whatever X-Forwarded-For a client sends, when no proxy is trusted", () => {
    expect(clientAddress(request({ ...peerStamp("203.0.113.7"), "x-forwarded-for": "198.51.100.1" }))).toBe(
      "203.0.113.7",
    );
    expect(clientAddress(request(peerStamp("::ffff:203.0.113.7")))).toBe("203.0.113.7");
  });

  it("is unknown without this process's stamp: a client cannot forge one", () => {
    expect(clientAddress(request({ "x-forwarded-for": "198.51.100.1" }))).toBeNull();
    expect(clientAddress(request({ "x-shortlist-peer": "0000 198.51.100.1" }))).toBeNull();
  });

  it("walks X-Forwarded-For from the right past trusted proxies only", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8, 192.0.2.1";
    resetEnvCache();
    const viaProxies = { ...peerStamp("10.0.0.5"), "x-forwarded-for": "6.6.6.6, 198.51.100.20, 192.0.2.1" };
    expect(clientAddress(request(viaProxies))).toBe("198.51.100.20");
    // A hop the proxy did not vouch for (spoofed on the left) is never reached.
    expect(clientAddress(request({ ...peerStamp("203.0.113.9"), "x-forwarded-for": "6.6.6.6" }))).toBe("203.0.113.9");
    expect(clientAddress(request({ ...peerStamp("10.0.0.5") }))).toBe("10.0.0.5");
  });

  it("refuses a TRUSTED_PROXIES that is not a list of addresses and ranges", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/33";
    resetEnvCache();
    expect(() => env()).toThrow(/TRUSTED_PROXIES: must be a comma list of IP addresses or CIDR ranges/);
  });
});
