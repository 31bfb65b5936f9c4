import { describe, expect, it } from "vitest";
import { classifyError, LlmError, parseRetryAfter, ProviderHttpError } from "./errors";

const headers = (values: Record<string, string>) => new Headers(values);

describe("classifyError", () => {
  it.each([
    [429, "rate_limit", true],
    [500, "provider_error", true],
    [503, "provider_error", true],
    [408, "timeout", true],
    [400, "bad_request", false],
    [404, "bad_request", false],
    [401, "auth", false],
    [403, "auth", false],
  ] as const)("HTTP %i is %s (retryable: %s)", (status, errorClass, retryable) => {
    const error = classifyError(new ProviderHttpError(status, "x"));
    expect(error).toMatchObject({ errorClass, retryable });
  });

  it("keeps the Retry-After of a rate limit", () => {
    expect(classifyError(new ProviderHttpError(429, "x", 1000)).retryAfterMs).toBe(1000);
  });

  it("reads timeouts from the gateway's signal or the error name", () => {
    expect(classifyError(new Error("aborted"), { timedOut: true }).errorClass).toBe("timeout");
    expect(classifyError(new DOMException("t", "TimeoutError")).errorClass).toBe("timeout");
    const sdk = Object.assign(new Error("Request timed out."), { name: "APIConnectionTimeoutError" });
    expect(classifyError(sdk).errorClass).toBe("timeout");
  });

  it("treats unreadable bodies and connection failures as retryable", () => {
    expect(classifyError(new SyntaxError("Unexpected end of JSON input"))).toMatchObject({
      errorClass: "provider_error",
      retryable: true,
    });
    const refused = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
    });
    expect(classifyError(refused)).toMatchObject({ errorClass: "network", retryable: true });
  });

  it("passes LlmErrors through and calls anything else unknown (not retryable)", () => {
    const invalid = new LlmError("invalid_output", "blank");
    expect(classifyError(invalid)).toBe(invalid);
    expect(invalid.retryable).toBe(true);
    expect(classifyError(new Error("boom"))).toMatchObject({ errorClass: "unknown", retryable: false });
    expect(classifyError("a string")).toMatchObject({ errorClass: "unknown" });
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds, HTTP dates and retry-after-ms", () => {
    expect(parseRetryAfter(headers({ "retry-after": "1" }))).toBe(1000);
    expect(parseRetryAfter(headers({ "retry-after": "0.5" }))).toBe(500);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter(headers({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
    expect(parseRetryAfter(headers({ "retry-after-ms": "250", "retry-after": "9" }))).toBe(250);
  });

  it("ignores missing or garbage values", () => {
    expect(parseRetryAfter(headers({}))).toBeNull();
    expect(parseRetryAfter(headers({ "retry-after": "soon" }))).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
