import "server-only";
import { LangfuseSpanProcessor } from "@langfuse/otel";
import { ROOT_CONTEXT, SpanStatusCode, type Tracer as OtelTracer } from "@opentelemetry/api";
import { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";
import { log } from "@/lib/log";
import { inferenceContext, InferenceIds } from "./langfuse-ids";
import type { GenerationTrace, InferenceTrace, Tracer } from "./trace";

// Optional: every traced call is also sent to a (self-hosted) Langfuse as an OpenTelemetry "generation"
// span, when LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY are set. The Generation table stays the record;
// Langfuse gets the same figures (model, prompt version, tokens, cost, latency, status, the inference it
// served), never prompt text or résumés. A scoring request is one trace: its span is the parent of the
// LLM and embedding calls made for it. Spans are batched and sent in the background.

const SCOPE = "shortlist.llm-gateway";

export interface LangfuseSettings {
  publicKey: string;
  secretKey: string;
  baseUrl: string;
  /** "immediate" sends each span at once (tests); "batched" (default) sends them in the background. */
  exportMode?: "batched" | "immediate";
}

const warnExportFailed = (error: unknown) =>
  log.warn("Could not export to Langfuse", { error: error instanceof Error ? error.name : "unknown" });

export function withLangfuseExport(inner: Tracer, settings: LangfuseSettings): Tracer & { flush(): Promise<void> } {
  const ids = new InferenceIds();
  const provider = new BasicTracerProvider({
    idGenerator: ids,
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
        exportGeneration(tracer, trace, id);
      } catch (error) {
        warnExportFailed(error);
      }
      return id;
    },
    traceInference(inference) {
      try {
        ids.withInferenceIds(inference.inferenceId, () => exportInference(tracer, inference));
      } catch (error) {
        warnExportFailed(error);
      }
    },
    // Sends what is queued; an unreachable Langfuse is logged (without its URL or keys), never thrown.
    flush: () => provider.forceFlush().catch(warnExportFailed),
  };
}

function exportInference(tracer: OtelTracer, inference: InferenceTrace): void {
  const metadata = JSON.stringify({
    inference_id: inference.inferenceId,
    request_id: inference.requestId,
    source: inference.source,
    outcome: inference.outcome,
    ...(inference.score === null ? {} : { score: inference.score, band: inference.band }),
  });
  const failed = inference.outcome === "error";
  const span = tracer.startSpan(
    "score",
    {
      startTime: inference.startedAt,
      attributes: {
        "langfuse.trace.name": "score",
        "langfuse.trace.metadata": metadata,
        "langfuse.observation.type": "span",
        "langfuse.observation.metadata": metadata,
        ...(failed ? { "langfuse.observation.level": "ERROR" } : {}),
      },
    },
    ROOT_CONTEXT,
  );
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR, message: "scoring failed" });
  span.end(inference.endedAt);
}

function exportGeneration(tracer: OtelTracer, trace: GenerationTrace, generationId: string | null): void {
  const end = trace.createdAt.getTime();
  const inferenceId = trace.inferenceId ?? trace.traceId;
  const metadata: Record<string, string | number> = { provider: trace.provider, attempt: trace.attempt };
  if (generationId) metadata.generation_id = generationId;
  if (inferenceId) metadata.inference_id = inferenceId;
  if (trace.fallbackFrom) metadata.fallback_from = trace.fallbackFrom;
  if (trace.comparisonItemId) metadata.comparison_item_id = trace.comparisonItemId;
  const span = tracer.startSpan(
    trace.promptName ?? trace.task ?? "llm-call",
    {
      startTime: end - trace.latencyMs,
      attributes: {
        "langfuse.observation.type": trace.task === "embed" ? "embedding" : "generation",
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
          ? {
              "langfuse.observation.level": "ERROR",
              "langfuse.observation.status_message": trace.errorClass ?? "error",
            }
          : {}),
        "langfuse.observation.metadata": JSON.stringify(metadata),
      },
    },
    inferenceId ? inferenceContext(inferenceId) : ROOT_CONTEXT,
  );
  if (trace.status === "error") span.setStatus({ code: SpanStatusCode.ERROR, message: trace.errorClass ?? "error" });
  span.end(end);
}
