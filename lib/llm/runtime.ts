import "server-only";
import { onShutdown } from "@/lib/shutdown";
import { CircuitBreaker } from "./circuit-breaker";
import { gatewayConfig, type GatewayConfig } from "./config";
import { createGateway, type Gateway } from "./gateway";
import { createProviders } from "./providers";
import { withLangfuseExport } from "./langfuse";
import { databaseTracer, type InferenceTrace, type Tracer } from "./trace";

// The process's gateway, built from the environment on first use. One per process, so the circuit
// breaker and the probe cache are shared by every request of this instance.

interface Runtime {
  config: GatewayConfig;
  gateway: Gateway;
}

const holder = globalThis as typeof globalThis & { __shortlistLlm?: Runtime };

export function llmRuntime(): Runtime {
  if (!holder.__shortlistLlm) {
    const config = gatewayConfig();
    const gateway = createGateway({
      providers: createProviders(config),
      policy: config.policy,
      breaker: new CircuitBreaker(config.cooldown),
      tracer: gatewayTracer(config),
    });
    holder.__shortlistLlm = { config, gateway };
  }
  return holder.__shortlistLlm;
}

function gatewayTracer(config: GatewayConfig): Tracer {
  if (!config.langfuse) return databaseTracer;
  const tracer = withLangfuseExport(databaseTracer, config.langfuse);
  // Spans still queued when the process stops would otherwise be lost with every deploy.
  onShutdown("langfuse-export", () => tracer.flush());
  return tracer;
}

/** The providers that run prompts, in chain order, with their configured models (the prompt editor shows them). */
export function promptProviders(): { name: string; model: string }[] {
  return llmRuntime()
    .gateway.providers.filter((provider) => provider.usesPrompt && provider.configured.ok)
    .map(({ name, model }) => ({ name, model }));
}

/** Exports a finished scoring request as the trace its LLM and embedding calls belong to (when exporting). */
export function traceInference(inference: InferenceTrace): void {
  llmRuntime().gateway.tracer.traceInference?.(inference);
}

/** Sends the spans queued for export now (scripts before they exit; tests). */
export async function flushTraces(): Promise<void> {
  await holder.__shortlistLlm?.gateway.tracer.flush?.();
}

/** Tests change the environment between suites; production never calls this. */
export function resetLlmRuntime(): void {
  holder.__shortlistLlm = undefined;
}
