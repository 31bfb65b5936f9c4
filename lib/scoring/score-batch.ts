import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import type { batchItemResult } from "@/lib/vocabulary/score-response";
import { scorePayload } from "@/lib/vocabulary/score-payload";
import { AppError, Invalid, itemProblem, zodFieldErrors } from "@/lib/errors";

import { log } from "@/lib/log";
import { recordRefusedScore } from "./record-refusal";
import { scoreCandidate } from "./score-candidate";

type ItemResult = z.infer<typeof batchItemResult>;

// Items are scored a few at a time: enough to overlap database round trips, not enough to starve
// other requests of connections.
const CONCURRENCY = 4;

/** Scores each payload on its own: a bad item is reported in its slot and never fails the others. */
export async function scoreBatch({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { items: unknown[]; httpRequestId: string };
}): Promise<{ succeeded: number; failed: number; results: ItemResult[] }> {
  const results = new Array<ItemResult>(input.items.length);
  let next = 0;
  const worker = async () => {
    while (next < input.items.length) {
      const index = next++;
      results[index] = await scoreItem(ctx, input.items[index], index, input.httpRequestId);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, input.items.length) }, worker));
  const succeeded = results.filter((result) => result.ok).length;
  return { succeeded, failed: results.length - succeeded, results };
}

async function scoreItem(ctx: Actor, item: unknown, index: number, httpRequestId: string): Promise<ItemResult> {
  const parsed = scorePayload.safeParse(item);
  const requestId =
    item && typeof item === "object" && "request_id" in item
      ? String((item as { request_id: unknown }).request_id)
      : null;
  try {
    if (!parsed.success) throw new Invalid(`Item ${index} is invalid.`, zodFieldErrors(parsed.error, ["items", index]));
    const result = await scoreCandidate({ ctx, input: { payload: parsed.data, source: "batch" } });
    return { index, ok: true, status: 200, result };
  } catch (error) {
    if (!(error instanceof AppError)) {
      log.error("Batch item failed", { httpRequestId, index, error });
      return {
        index,
        ok: false,
        status: 500,
        request_id: requestId,
        problem: { title: "Internal server error", detail: "This item could not be scored." },
      };
    }
    if (error instanceof Invalid) {
      await recordRefusedScore({ ctx, input: { body: item, error, source: "batch", httpRequestId } }).catch(
        (cause: unknown) => log.error("Recording a refused batch item failed", { httpRequestId, index, error: cause }),
      );
    }
    return {
      index,
      ok: false,
      status: error.status,
      request_id: requestId,
      problem: itemProblem(error),
    };
  }
}
