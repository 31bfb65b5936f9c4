import { describe, expect, it } from "vitest";
import { Invalid, PayloadTooLarge, UnsupportedMediaType } from "@/lib/errors";
import { readJsonBody } from "./body";

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://test/api", { method: "POST", body, headers });

describe("readJsonBody", () => {
  it("parses JSON, including vendor media types", async () => {
    await expect(readJsonBody(post('{"a":1}'))).resolves.toEqual({ value: { a: 1 }, text: '{"a":1}' });
    await expect(
      readJsonBody(post("[1]", { "content-type": "application/problem+json; charset=utf-8" })),
    ).resolves.toMatchObject({ value: [1] });
  });

  it("refuses other media types, empty bodies and broken JSON with 4xx errors", async () => {
    await expect(
      readJsonBody(post("a=1", { "content-type": "application/x-www-form-urlencoded" })),
    ).rejects.toBeInstanceOf(UnsupportedMediaType);
    await expect(readJsonBody(post("  "))).rejects.toBeInstanceOf(Invalid);
    await expect(readJsonBody(post("{"))).rejects.toBeInstanceOf(Invalid);
  });

  it("stops reading at the limit even when no length is declared", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(100).fill(32));
        controller.close();
      },
    });
    const request = new Request("http://test/api", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    await expect(readJsonBody(request, 1000)).rejects.toBeInstanceOf(PayloadTooLarge);
  });

  it("trusts a declared length over the limit without reading", async () => {
    await expect(
      readJsonBody(post("{}", { "content-type": "application/json", "content-length": String(2 * 1024 * 1024) })),
    ).rejects.toBeInstanceOf(PayloadTooLarge);
  });
});
