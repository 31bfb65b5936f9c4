import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { type AppError, Invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inspectJson, storableText } from "@/lib/util/storable-text";
import { callerColumns, type InferenceSource } from "./score-candidate";

// A refused scoring call is logged too, so an integration that keeps sending bad payloads is visible.
// What was sent is kept as a bounded copy: the value itself when it is small, shallow and storable,
// otherwise the start of the text as received. The request_id is not claimed: a corrected retry may use it.

const MAX_STORED_BODY_CHARS = 256 * 1024;
const EXCERPT_CHARS = 16 * 1024;
const MAX_STORED_DEPTH = 64;

export async function recordRefusedScore({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { body: unknown; text?: string; error: AppError; source: InferenceSource; httpRequestId: string };
}): Promise<void> {
  const copy = boundedCopy(input.body, input.text);
  const attemptedRequestId =
    input.body && typeof input.body === "object" && "request_id" in input.body
      ? storableText(String((input.body as { request_id: unknown }).request_id).slice(0, 128))
      : null;
  await db.inference.create({
    data: {
      payload: copy.value === undefined ? undefined : JSON.stringify(copy.value),
      error: {
        status: input.error.status,
        title: input.error.title,
        detail: storableText(input.error.message),
        errors:
          input.error instanceof Invalid
            ? input.error.errors.map((error) => ({
                path: storableText(error.path),
                message: storableText(error.message),
                ...(error.code ? { code: error.code } : {}),
              }))
            : [],
        request_id: attemptedRequestId,
        http_request_id: input.httpRequestId,
        body_chars: copy.chars,
      },
      latencyMs: 0,
      source: input.source,
      ...callerColumns(ctx),
    },
    select: { id: true },
  });
}

/** What to keep of a refused body, and how long it was. Never walks the value recursively. */
export function boundedCopy(
  body: unknown,
  text: string | undefined,
): { value: Prisma.InputJsonValue | undefined; chars: number } {
  if (body === undefined && text === undefined) return { value: undefined, chars: 0 };
  const inspection = body === undefined ? null : inspectJson(body, MAX_STORED_DEPTH);
  const serializable = inspection !== null && inspection.depth <= MAX_STORED_DEPTH;
  const serialized = text ?? (serializable ? JSON.stringify(body) : "");
  if (serializable && !inspection.unstorableAt && serialized.length <= MAX_STORED_BODY_CHARS) {
    return { value: body as Prisma.InputJsonValue, chars: serialized.length };
  }
  const excerpt = storableText(serialized.slice(0, EXCERPT_CHARS));
  return {
    value: { excerpt, truncated: serialized.length > EXCERPT_CHARS, ...(serializable ? {} : { too_deep: true }) },
    chars: serialized.length,
  };
}
