import { describe, expect, it } from "vitest";
import { redact } from "./log";

describe("redact", () => {
  it("hides values of credential-like keys at any depth", () => {
    expect(
      redact({
        user: "ada",
        password: "hunter22",
        nested: { api_key: "x", Authorization: "Bearer y", accessToken: "z", apiKeyId: "k1", inputTokens: 3 },
      }),
    ).toEqual({
      user: "ada",
      password: "[redacted]",
      nested: {
        api_key: "[redacted]",
        Authorization: "[redacted]",
        accessToken: "[redacted]",
        apiKeyId: "k1",
        inputTokens: 3,
      },
    });
  });

  it("keeps a bounded copy of deep values, so a log line never overflows the stack or leaks a deep secret", () => {
    const deep = JSON.parse("[".repeat(100_000) + "]".repeat(100_000)) as unknown;
    expect(() => JSON.stringify(redact({ body: deep }))).not.toThrow();
    const buried = { a: { b: { c: { d: { e: { f: { password: "hunter22" } } } } } } };
    expect(JSON.stringify(redact(buried))).not.toContain("hunter22");
  });

  it("scrubs bearer tokens and Shortlist keys inside free text", () => {
    const text = "call failed: Authorization: Bearer abc.def-123 and key sl_0123456789abcdefghijABCDEFGHIJ";
    expect(redact(text)).toBe("call failed: Authorization: Bearer [redacted] and key sl_[redacted]");
  });

  it("hides passwords in connection strings", () => {
    expect(redact("cannot connect to postgresql://app:s3cret@db:5432/shortlist")).toBe(
      "cannot connect to postgresql://app:[redacted]@db:5432/shortlist",
    );
  });

  it("keeps errors readable while scrubbing their message", () => {
    const result = redact(new Error("bad key sl_0123456789abcdefghijABCDEFGHIJ")) as { name: string; message: string };
    expect(result.name).toBe("Error");
    expect(result.message).toBe("bad key sl_[redacted]");
  });
});
