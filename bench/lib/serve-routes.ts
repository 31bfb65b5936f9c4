import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { RouteHandler } from "@/lib/http/route";

/**
 * A bare Node HTTP server that hands requests to route handlers the way Next.js does (a web Request in,
 * a Response out), so a benchmark measures our code and the database, not the framework.
 */
export async function serveRoutes(
  routes: Record<string, RouteHandler>,
  /** Hand bodies over as streams, as Next.js does, instead of buffering them first (memory benchmarks). */
  options: { streamBodies?: boolean } = {},
): Promise<{ url: string; close(): Promise<void>; statuses: Map<string, number> }> {
  // Responses actually sent, by "path status": the benchmark's ground truth, including requests still in
  // flight when the load generator stopped counting.
  const statuses = new Map<string, number>();
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const server = http.createServer(async (incoming, outgoing) => {
    inFlight++;
    try {
      await handle(incoming, outgoing);
    } finally {
      if (--inFlight === 0) drained?.();
    }
  });
  const handle = async (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    if (!options.streamBodies) for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = new URL(incoming.url ?? "/", "http://localhost");
    const handler = routes[url.pathname];
    if (!handler) {
      outgoing.writeHead(404).end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === "string") headers.set(name, value);
    const body = options.streamBodies
      ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>)
      : chunks.length > 0
        ? Buffer.concat(chunks)
        : undefined;
    const init = { method: incoming.method, headers, body, duplex: "half" } as RequestInit;
    const response = await handler(new Request(url, init), { params: Promise.resolve({}) });
    // A refused request's unread body is drained, so the connection can close.
    if (options.streamBodies) incoming.resume();
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
    const key = `${url.pathname} ${response.status}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  };
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    statuses,
    url: `http://127.0.0.1:${port}`,
    // Resolves once every request has finished, not only when the sockets have closed.
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
    },
  };
}
