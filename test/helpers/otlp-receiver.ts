import http from "node:http";
import type { AddressInfo } from "node:net";

// A local server that takes OTLP/JSON where a self-hosted Langfuse does (`/api/public/otel/v1/traces`,
// Basic auth with the key pair), and refuses a key pair it does not know, as Langfuse does.

export const LANGFUSE_TEST_KEYS = { publicKey: "pk-lf-test", secretKey: "sk-lf-test" } as const;

export interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: number | string; doubleValue?: number };
}

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: OtlpAttribute[];
  status?: { code?: number };
}

export interface ReceivedExport {
  path: string;
  authorization: string | undefined;
  spans: OtlpSpan[];
}

export interface OtlpReceiver {
  url: string;
  received: ReceivedExport[];
  spans(): OtlpSpan[];
  /** While true, requests are taken but never answered (a Langfuse that hangs). */
  hang: boolean;
  close(): Promise<void>;
}

const knownAuthorization = `Basic ${Buffer.from(`${LANGFUSE_TEST_KEYS.publicKey}:${LANGFUSE_TEST_KEYS.secretKey}`).toString("base64")}`;

export async function otlpReceiver(): Promise<OtlpReceiver> {
  const received: ReceivedExport[] = [];
  const state = { hang: false };
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const parsed = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
      const spans = parsed.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
      received.push({ path: request.url ?? "", authorization: request.headers.authorization, spans });
      if (state.hang) return;
      const known = request.headers.authorization === knownAuthorization;
      response
        .writeHead(known ? 200 : 401, { "content-type": "application/json" })
        .end(known ? "{}" : '{"message":"Invalid credentials"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    spans: () => received.flatMap((request) => request.spans),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A span's attributes as plain values. */
export function attributesOf(span: OtlpSpan): Record<string, string | number | undefined> {
  return Object.fromEntries(
    span.attributes.map(({ key, value }) => [
      key,
      value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : value.doubleValue),
    ]),
  );
}

/** A span's `langfuse.observation.metadata`, parsed. */
export function metadataOf(span: OtlpSpan): Record<string, unknown> {
  return JSON.parse(String(attributesOf(span)["langfuse.observation.metadata"] ?? "{}")) as Record<string, unknown>;
}
