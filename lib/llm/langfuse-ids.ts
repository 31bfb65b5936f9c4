import { createHash } from "node:crypto";
import { ROOT_CONTEXT, trace, TraceFlags, type Context } from "@opentelemetry/api";
import { RandomIdGenerator, type IdGenerator } from "@opentelemetry/sdk-trace-base";

// One Langfuse trace per scoring request: its OpenTelemetry trace id is the inference id (a UUID is 32 hex
// digits), and its root span's id is derived from it. A call made for the request — before the inference
// is stored, or later for a stored one — can then name its parent from the inference id alone.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

export function traceIdOf(inferenceId: string): string {
  return UUID.test(inferenceId) ? inferenceId.replaceAll("-", "").toLowerCase() : digest(inferenceId).slice(0, 32);
}

export function rootSpanIdOf(inferenceId: string): string {
  return digest(`span:${inferenceId}`).slice(0, 16);
}

/** The context a call's span starts in: beneath the root span of the inference it served. */
export function inferenceContext(inferenceId: string): Context {
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: traceIdOf(inferenceId),
    spanId: rootSpanIdOf(inferenceId),
    traceFlags: TraceFlags.SAMPLED,
    isRemote: true,
  });
}

/** Random ids, except while a root span is started with the ids its inference dictates. */
export class InferenceIds implements IdGenerator {
  private readonly random = new RandomIdGenerator();
  private pinned: { traceId: string; spanId: string } | null = null;

  generateTraceId = (): string => this.pinned?.traceId ?? this.random.generateTraceId();
  generateSpanId = (): string => this.pinned?.spanId ?? this.random.generateSpanId();

  /** Runs `start` (a synchronous span start) with the inference's ids. */
  withInferenceIds<T>(inferenceId: string, start: () => T): T {
    this.pinned = { traceId: traceIdOf(inferenceId), spanId: rootSpanIdOf(inferenceId) };
    try {
      return start();
    } finally {
      this.pinned = null;
    }
  }
}
