import "server-only";
import { LangfuseSpanProcessor } from "@langfuse/otel";
import { SpanStatusCode, type Tracer as OtelTracer } from "@opentelemetry/api";
import { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";
import { log } from "@/lib/log";
import type { GenerationTrace, Tracer } from "./trace";

// Optional: every traced call is also sent to a (self-hosted) Langfuse as an OpenTelemetry "generation"
// span, when LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY are set. The Generation table stays the record;
// Langfuse gets the same figures (model, prompt version, tokens, cost, latency, status, the inference it
// served), never prompt text or résumés. Spans are batched and sent in the background.

const SCOPE = "shortlist.llm-gateway";

export interface LangfuseSettings {
  publicKey: string;
  secretKey: string;
  baseUrl: string;
  /** "immediate" sends each span at once (tests); "batched" (default) sends them in the background. */
  exportMode?: "batched" | "immediate";
}

export function withLangfuseExport(inner: Tracer, settings: LangfuseSettings): Tracer & { flush(): Promise<void> } {
  const provider = new BasicTracerProvider({
    spanProcessors: [
      new LangfuseSpanProcessor({
        publicKey: settings.publicKey,
        secretKey: settings.secretKey,
        baseUrl: settings.baseUrl,
        exportMode: settings.exportMode,
        // The processor's default keeps only spans of known LLM SDKs; ours are the gateway's.
        shouldExportSpan: ({ otelSpan }) => otelSpan.instrumentationScope.name === SCOPE,
      }),
    ],
  });
  const tracer = provider.getTracer(SCOPE);
  return {
    async record(trace) {
      const id = await inner.record(trace);
      try {
        exportSpan(tracer, trace, id);
      } catch (error) {
        log.warn("Could not export a generation to Langfuse", {
          error: error instanceof Error ? error.name : "unknown",
        });
      }
      return id;
    },
    // Sends what is queued; an unreachable Langfuse is logged (without its URL or keys), never thrown.
    flush: () =>
      provider.forceFlush().catch((error: unknown) => {
        log.warn("Could not export generations to Langfuse", {
          error: error instanceof Error ? error.name : "unknown",
        });
      }),
  };
}

function exportSpan(tracer: OtelTracer, trace: GenerationTrace, generationId: string | null): void {
  const end = trace.createdAt.getTime();
  const metadata: Record<string, string | number> = { provider: trace.provider, attempt: trace.attempt };
  if (generationId) metadata.generation_id = generationId;
  if (trace.inferenceId) metadata.inference_id = trace.inferenceId;
  if (trace.fallbackFrom) metadata.fallback_from = trace.fallbackFrom;
  if (trace.comparisonItemId) metadata.comparison_item_id = trace.comparisonItemId;
  const span = tracer.startSpan(trace.promptName ?? trace.task ?? "llm-call", {
    startTime: end - trace.latencyMs,
    attributes: {
      "langfuse.observation.type": "generation",
      "langfuse.observation.model.name": trace.model,
      "langfuse.observation.usage_details": JSON.stringify({
        input: trace.inputTokens - trace.cachedTokens,
        input_cached_tokens: trace.cachedTokens,
        output: trace.outputTokens,
      }),
      "langfuse.observation.cost_details": JSON.stringify({ total: trace.costUsd }),
      ...(trace.promptName && trace.promptVersionNumber !== null
        ? {
            "langfuse.observation.prompt.name": trace.promptName,
            "langfuse.observation.prompt.version": trace.promptVersionNumber,
          }
        : {}),
      ...(trace.status === "error"
        ? { "langfuse.observation.level": "ERROR", "langfuse.observation.status_message": trace.errorClass ?? "error" }
        : {}),
      "langfuse.observation.metadata": JSON.stringify(metadata),
    },
  });
  if (trace.status === "error") span.setStatus({ code: SpanStatusCode.ERROR, message: trace.errorClass ?? "error" });
  span.end(end);
}
