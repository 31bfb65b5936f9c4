import { describe, expect, it } from "vitest";
import { checkBaseUrl, displayUrl } from "./base-url";

describe("checkBaseUrl", () => {
  it("accepts http(s) URLs, trims the trailing slash and reads a bare host:port as http", () => {
    expect(checkBaseUrl("https://api.deepseek.com/")).toEqual({ ok: true, url: "https://api.deepseek.com" });
    expect(checkBaseUrl("https://api.openai.com/v1")).toEqual({ ok: true, url: "https://api.openai.com/v1" });
    expect(checkBaseUrl("127.0.0.1:11434")).toEqual({ ok: true, url: "http://127.0.0.1:11434" });
  });

  it("rejects other schemes, credentials, queries and fragments", () => {
    for (const bad of [
      "ftp://x.example",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "https://user:pw@api.example.com",
      "https://key@api.example.com",
      "https://a.example/v1?key=1",
      "https://a.example/#x",
      "http://",
    ]) {
      expect(checkBaseUrl(bad).ok, bad).toBe(false);
    }
  });

  it("allows private addresses by default (local Ollama) and refuses them when asked", () => {
    const privateHosts = [
      "http://127.0.0.1:11434",
      "http://localhost:11434",
      "http://10.1.2.3",
      "http://192.168.1.5",
      "http://172.20.0.1",
      "http://169.254.169.254",
      "http://[::1]:11434",
      "http://[fd00::1]",
      "http://[::ffff:127.0.0.1]",
    ];
    for (const url of privateHosts) {
      expect(checkBaseUrl(url).ok, url).toBe(true);
      expect(checkBaseUrl(url, { allowPrivate: false }).ok, url).toBe(false);
    }
    expect(checkBaseUrl("https://api.deepseek.com", { allowPrivate: false }).ok).toBe(true);
    expect(checkBaseUrl("http://172.32.0.1", { allowPrivate: false }).ok).toBe(true);
  });

  it("displayUrl keeps origin and path only", () => {
    expect(displayUrl("https://api.example.com/v1/")).toBe("https://api.example.com/v1");
    expect(displayUrl("not a url")).toBe("(invalid URL)");
  });
});
