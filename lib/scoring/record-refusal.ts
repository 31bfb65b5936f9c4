import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { type AppError, Invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { callerColumns, type InferenceSource } from "./score-candidate";

// A refused scoring call is logged too, so an integration that keeps sending bad payloads is visible.
// The body is kept (bounded) to diagnose it; the request_id is not claimed, so a corrected retry can use it.

const MAX_STORED_BODY_CHARS = 256 * 1024;

export async function recordRefusedScore({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { body: unknown; error: AppError; source: InferenceSource; httpRequestId: string };
}): Promise<void> {
  const serialized = input.body === undefined ? undefined : JSON.stringify(input.body);
  const attemptedRequestId =
    input.body && typeof input.body === "object" && "request_id" in input.body
      ? String((input.body as { request_id: unknown }).request_id).slice(0, 128)
      : null;
  await db.inference.create({
    data: {
      payload:
        serialized && serialized.length <= MAX_STORED_BODY_CHARS ? (input.body as Prisma.InputJsonValue) : undefined,
      error: {
        status: input.error.status,
        title: input.error.title,
        detail: input.error.message,
        errors: input.error instanceof Invalid ? input.error.errors.map((error) => ({ ...error })) : [],
        request_id: attemptedRequestId,
        http_request_id: input.httpRequestId,
        body_chars: serialized?.length ?? 0,
      },
      latencyMs: 0,
      source: input.source,
      ...callerColumns(ctx),
    },
    select: { id: true },
  });
}
