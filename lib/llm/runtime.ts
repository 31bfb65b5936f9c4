import "server-only";
import { CircuitBreaker } from "./circuit-breaker";
import { gatewayConfig, type GatewayConfig } from "./config";
import { createGateway, type Gateway } from "./gateway";
import { createProviders } from "./providers";
import { withLangfuseExport } from "./langfuse";
import { databaseTracer, type Tracer } from "./trace";

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
  return config.langfuse ? withLangfuseExport(databaseTracer, config.langfuse) : databaseTracer;
}

/** Tests change the environment between suites; production never calls this. */
export function resetLlmRuntime(): void {
  holder.__shortlistLlm = undefined;
}
