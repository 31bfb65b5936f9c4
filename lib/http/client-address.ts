import "server-only";
import crypto from "node:crypto";
import http from "node:http";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

// Route handlers never see the socket, and Next.js keeps an X-Forwarded-For a client sends: so the server
// stamps each request with its socket's address and a per-process token no client knows, before Next.js
// sees it. X-Forwarded-For is believed only for hops that came through TRUSTED_PROXIES.

const PEER_HEADER = "x-shortlist-peer";

const holder = globalThis as typeof globalThis & { __shortlistPeerToken?: string; __shortlistPeerStamp?: true };
// One token per process, whichever bundle loads this module first.
const token = (holder.__shortlistPeerToken ??= crypto.randomBytes(16).toString("hex"));

/** Makes this process's HTTP servers stamp each request with its socket's address (idempotent). */
export function stampPeerAddresses(): void {
  if (holder.__shortlistPeerStamp) return;
  holder.__shortlistPeerStamp = true;
  const prototype = http.Server.prototype as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = `${token} ${request.socket.remoteAddress ?? ""}`;
    }
    return emit.call(this, event, ...args);
  };
}

/** The stamp a request from `address` carries (for servers built in-process, such as tests'). */
export function peerStamp(address: string): Record<string, string> {
  return { [PEER_HEADER]: `${token} ${address}` };
}

/** The caller's address: the socket's, or the nearest untrusted hop behind trusted proxies; null when unknown. */
export function clientAddress(request: Request): string | null {
  const stamped = request.headers.get(PEER_HEADER);
  const peer = stamped?.startsWith(`${token} `) ? normalise(stamped.slice(token.length + 1)) : null;
  if (!peer) return null;
  const trusted = trustedProxies();
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => normalise(hop.trim()))
    .filter((hop): hop is string => hop !== null);
  let address = peer;
  while (isTrusted(trusted, address) && hops.length > 0) address = hops.pop()!;
  return address;
}

function normalise(address: string): string | null {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(plain) ? plain.toLowerCase() : null;
}

function isTrusted(list: BlockList | null, address: string): boolean {
  return list !== null && list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

const cache: { source?: string[]; list?: BlockList | null } = {};

function trustedProxies(): BlockList | null {
  const source = env().TRUSTED_PROXIES;
  if (cache.source === source) return cache.list ?? null;
  let list: BlockList | null = null;
  for (const entry of source) {
    list ??= new BlockList();
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  Object.assign(cache, { source, list });
  return list;
}
