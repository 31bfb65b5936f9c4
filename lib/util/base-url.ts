import { isIP } from "node:net";

// Validation of provider base URLs (OLLAMA_HOST, DEEPSEEK_BASE_URL, OPENAI_BASE_URL, LANGFUSE_BASE_URL).
// Today they come from the operator's environment, so private and loopback addresses are allowed: a local
// Ollama lives on 127.0.0.1. A future admin-editable URL should pass `allowPrivate: false` (literal IPs and
// localhost only; a hostname that resolves to a private address is not caught here — that needs a check
// at connect time).

export type BaseUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const PRIVATE_V4: [number, number][] = [
  [0x0a000000, 8], // 10/8
  [0x7f000000, 8], // 127/8
  [0xac100000, 12], // 172.16/12
  [0xc0a80000, 16], // 192.168/16
  [0xa9fe0000, 16], // 169.254/16 (link-local, cloud metadata)
  [0x64400000, 10], // 100.64/10 (carrier-grade NAT)
  [0x00000000, 8], // 0/8
];

function isPrivateV4(address: string): boolean {
  const value = address.split(".").reduce((sum, part) => sum * 256 + Number(part), 0);
  return PRIVATE_V4.some(
    ([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)),
  );
}

function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return isPrivateV4(host);
  if (isIP(host) === 6) {
    // IPv4-mapped addresses, which URL normalises to hex (`::ffff:7f00:1`).
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    if (mapped?.[1] && mapped[2]) {
      const high = parseInt(mapped[1], 16);
      const low = parseInt(mapped[2], 16);
      return isPrivateV4([high >> 8, high & 255, low >> 8, low & 255].join("."));
    }
    return host === "::1" || host === "::" || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  }
  return false;
}

/**
 * Accepts an http(s) URL without credentials, query or fragment. A value without a scheme
 * (`127.0.0.1:11434`, as Ollama's own OLLAMA_HOST is often written) is read as http://.
 * Returns the URL without a trailing slash.
 */
export function checkBaseUrl(raw: string, options: { allowPrivate?: boolean } = {}): BaseUrlCheck {
  const value = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: "must be an http(s) URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: "must use http or https" };
  if (url.username || url.password)
    return { ok: false, reason: "must not contain credentials (use the API key variable)" };
  if (url.search || url.hash) return { ok: false, reason: "must not contain a query or fragment" };
  if (!url.hostname) return { ok: false, reason: "must name a host" };
  if (options.allowPrivate === false && isPrivateHost(url.hostname)) {
    return { ok: false, reason: "must not point at a private or loopback address" };
  }
  return { ok: true, url: url.toString().replace(/\/+$/, "") };
}

/** A URL safe to show in the admin view and logs: origin and path only. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
  } catch {
    return "(invalid URL)";
  }
}
