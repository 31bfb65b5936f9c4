import type { ResumeExtractionAnswer } from "@/lib/vocabulary/extraction";
import { CircuitBreaker } from "@/lib/llm/circuit-breaker";
import { createGateway, type Gateway } from "@/lib/llm/gateway";
import { createBuiltinProvider } from "@/lib/llm/providers/builtin";
import { createDeepSeekProvider } from "@/lib/llm/providers/deepseek";
import { createOllamaProvider } from "@/lib/llm/providers/ollama";
import { createOpenAiProvider } from "@/lib/llm/providers/openai";
import type { RetryPolicy } from "@/lib/llm/retry";
import { memoryTracer, type Tracer } from "@/lib/llm/trace";
import type { LlmProvider, ProviderName } from "@/lib/llm/types";
import type { FakeLlmServer, RecordedRequest } from "@/test/fake-llm/server";

// Gateways wired to the fake LLM server, with small timings so fault tests stay quick but keep margins.

export const TEST_KEY = "sk-test-0123456789abcdef0123456789";

export const VALID_RESUME: ResumeExtractionAnswer = {
  technical_skills: ["python", "kubernetes"],
  soft_skills: ["mentoring"],
  tools: ["jira"],
  seniority: "senior",
  years_experience: 7,
  education_level: "bachelors",
  field_of_study: "computer_science",
  has_degree: true,
  has_email: true,
  has_phone: false,
  has_linkedin: false,
  has_address: false,
};

/** A responder that answers every chat request with a valid résumé extraction. */
export const resumeResponder = (request: RecordedRequest): object => {
  void request;
  return VALID_RESUME;
};

export function testProvider(name: ProviderName, server: FakeLlmServer, timeoutMs = 2_000): LlmProvider {
  switch (name) {
    case "builtin":
      return createBuiltinProvider();
    case "ollama":
      return createOllamaProvider({ host: server.url, model: "fake-chat:latest" });
    case "deepseek":
      return createDeepSeekProvider({
        baseUrl: server.openaiBaseUrl,
        apiKey: TEST_KEY,
        model: "deepseek-chat",
        timeoutMs,
      });
    case "openai":
      return createOpenAiProvider({
        baseUrl: server.openaiBaseUrl,
        apiKey: TEST_KEY,
        model: "gpt-4.1-mini",
        timeoutMs,
      });
  }
}

// Short backoff; a deadline no answer from the local fake server reaches however busy the machine: with 2 s, a
// happy-path call in a CI run beside a benchmark timed out once and was retried (7 Dec 2026). Tests of
// timeouts set their own.
export const FAST_POLICY: RetryPolicy = { timeoutMs: 30_000, maxRetries: 2, baseMs: 5, maxDelayMs: 3_000 };

export function testGateway(options: {
  server: FakeLlmServer;
  chain: ProviderName[];
  policy?: Partial<RetryPolicy>;
  breaker?: CircuitBreaker;
  tracer?: Tracer;
  now?: () => Date;
}): { gateway: Gateway; traces: ReturnType<typeof memoryTracer>["traces"] } {
  const policy = { ...FAST_POLICY, ...options.policy };
  const memory = memoryTracer();
  const gateway = createGateway({
    providers: options.chain.map((name) => testProvider(name, options.server, policy.timeoutMs)),
    policy,
    breaker: options.breaker ?? new CircuitBreaker({ failureThreshold: 100, cooldownMs: 60_000 }),
    tracer: options.tracer ?? memory,
    now: options.now,
  });
  return { gateway, traces: memory.traces };
}

/** The environment of an embedding model served by the fake server's Ollama side, 8 dimensions, no retries. */
export const fakeOllamaEmbedding = (server: FakeLlmServer) => ({
  EMBEDDING_PROVIDER: "ollama",
  EMBEDDING_MODEL: "fake-embed:latest",
  EMBEDDING_DIMENSIONS: "8",
  OLLAMA_HOST: server.url,
  LLM_MAX_RETRIES: "0",
});
