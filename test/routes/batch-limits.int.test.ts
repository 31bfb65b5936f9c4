import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { PUT as syncRoute } from "@/app/api/candidates/batch/route";
import { POST as batchRoute } from "@/app/api/v2/score/batch/route";
import designExample from "@/test/fixtures/design-example-payload.json";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { APP_ORIGIN, bearer } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

// Six concurrent 23 MB batches from one key once took 64 s and 1.27 GB. Batches now run a few at a time
// per process — one per caller, two in all by default — and the rest get 429 with a Retry-After before
// their bodies are read. Batch syncs of candidates have a limit of their own, the same size. Batches are
// held open by not finishing their bodies: no timing is involved.

interface HeldBatch {
  /** Resolves once the server started reading the body, i.e. the batch was admitted and holds its place. */
  reading: Promise<void>;
  response: Promise<Response>;
  /** Sends the rest of the body; the batch then runs to its end. */
  finish(): void;
  wasRead(): boolean;
}

type BatchKind = "scoring" | "sync";

const BATCHES = {
  scoring: {
    route: batchRoute,
    method: "POST",
    path: "/api/v2/score/batch",
    body: () => ({ items: [{ ...structuredClone(designExample), request_id: unique("held") }] }),
  },
  sync: {
    route: syncRoute,
    method: "PUT",
    path: "/api/candidates/batch",
    body: () => ({
      items: [{ external_id: unique("held"), full_name: "Held Batch", resume_text: "Python engineer." }],
    }),
  },
} as const;

function heldBatch(key: string, kind: BatchKind = "scoring"): HeldBatch {
  const { route, method, path, body: bodyOf } = BATCHES[kind];
  const body = JSON.stringify(bodyOf());
  let started = false;
  let finished = false;
  let startReading!: () => void;
  const reading = new Promise<void>((resolve) => (startReading = resolve));
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
      },
      pull() {
        started = true;
        startReading();
      },
      // No read ahead: pull() runs only when the server asks for the body.
    },
    { highWaterMark: 0 },
  );
  const request = new Request(`${APP_ORIGIN}${path}`, {
    method,
    headers: { ...bearer(key), "content-type": "application/json" },
    body: stream,
    duplex: "half",
  } as RequestInit);
  return {
    reading,
    response: route(request, { params: Promise.resolve({}) }),
    finish() {
      if (finished) return;
      finished = true;
      controller.enqueue(new TextEncoder().encode(body));
      controller.close();
    },
    wasRead: () => started,
  };
}

let keys: string[];
const held: HeldBatch[] = [];

beforeAll(async () => {
  keys = await Promise.all([1, 2, 3].map(() => apiKeyWithScopes(["scoring", "sync"]).then((created) => created.key)));
});

afterEach(() => {
  for (const batch of held.splice(0)) batch.finish();
});

const holding = (key: string, kind?: BatchKind) => {
  const batch = heldBatch(key, kind);
  held.push(batch);
  return batch;
};

async function expectRefused(batch: HeldBatch) {
  const response = await batch.response;
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(batch.wasRead()).toBe(false);
}

describe("POST /api/v2/score/batch under load", () => {
  it("runs one batch per caller and two in all; the rest get 429 with Retry-After, bodies unread", async () => {
    await withEnv({ BATCH_MAX_CONCURRENT_PER_CALLER: "1", BATCH_MAX_CONCURRENT: "2" }, async () => {
      const first = holding(keys[0]!);
      await first.reading;
      await expectRefused(holding(keys[0]!));

      const second = holding(keys[1]!);
      await second.reading;
      await expectRefused(holding(keys[2]!));

      first.finish();
      expect((await first.response).status).toBe(200);
      const again = holding(keys[0]!);
      await again.reading;
      again.finish();
      second.finish();
      expect((await again.response).status).toBe(200);
      expect((await second.response).status).toBe(200);
    });
  });
});

describe("PUT /api/candidates/batch under load", () => {
  it("runs one sync per caller on a limit of its own: the caller may score meanwhile", async () => {
    await withEnv({ BATCH_MAX_CONCURRENT_PER_CALLER: "1", BATCH_MAX_CONCURRENT: "2" }, async () => {
      const sync = holding(keys[0]!, "sync");
      await sync.reading;
      await expectRefused(holding(keys[0]!, "sync"));

      const scoring = holding(keys[0]!);
      await scoring.reading;
      scoring.finish();
      expect((await scoring.response).status).toBe(200);

      sync.finish();
      expect((await sync.response).status).toBe(200);
      const again = holding(keys[0]!, "sync");
      again.finish();
      expect((await again.response).status).toBe(200);
    });
  });
});
