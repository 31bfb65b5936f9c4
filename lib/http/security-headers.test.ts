import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, pageSecurityHeaders } from "./security-headers";

describe("page security headers", () => {
  it("allow scripts only with the response's nonce, and no framing, plugins or foreign forms", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", https: false, development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(policy).toContain(directive);
    }
  });

  it("send HSTS (and upgrade subresources) only over https, and allow eval only in development", () => {
    expect(pageSecurityHeaders({ nonce: "n", https: false, development: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    const https = pageSecurityHeaders({ nonce: "n", https: true, development: false });
    expect(https["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", https: false, development: true })).toContain("'unsafe-eval'");
  });

  it("makes a different nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
  });
});
