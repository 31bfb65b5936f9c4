import type { LlmProviderName } from "@/lib/env";
import type {
  JobRequirementsExtraction,
  MatchRationale,
  RationaleInput,
  ResumeExtraction,
} from "@/lib/vocabulary/extraction";

// The provider interface of the LLM gateway. Adapters (providers/*.ts) turn one request into one call to
// their service and report what came back; retries, validation, fallback and tracing live in the gateway.

export type ProviderName = LlmProviderName;

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** What the builtin provider computes instead of reading a prompt: the task and its raw input. */
export type BuiltinTask =
  | { name: "resume-extraction"; input: { text: string; rules?: ResumeExtraction } }
  | { name: "job-requirements"; input: { title: string; description: string } }
  | { name: "match-rationale"; input: RationaleInput };

export type TaskName = BuiltinTask["name"];

export interface TaskOutputs {
  "resume-extraction": ResumeExtraction;
  "job-requirements": JobRequirementsExtraction;
  "match-rationale": MatchRationale;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  /** The model to run; the provider's configured model when unset. */
  model?: string;
  /** Ask for a JSON object matching this JSON Schema (sent natively where the provider accepts one). */
  schema?: { name: string; jsonSchema: Record<string, unknown> };
  temperature?: number;
  maxTokens?: number;
  /** Lets the builtin provider answer; LLM providers ignore it. */
  task?: BuiltinTask;
  /** Aborts the call; the gateway sets it to the per-call timeout. */
  signal: AbortSignal;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Input tokens served from the provider's prompt cache (priced lower where the provider says so). */
  cachedTokens: number;
}

export interface GenerateResult {
  text: string;
  model: string;
  usage: Usage;
}

export interface EmbedRequest {
  input: string[];
  dimensions?: number;
  model?: string;
  signal: AbortSignal;
}

export interface EmbedResult {
  vectors: number[][];
  model: string;
  usage: Pick<Usage, "inputTokens">;
}

export interface LlmProvider {
  name: ProviderName;
  /** The model this provider answers with (as configured). */
  model: string;
  /** Whether the provider can take part at all (e.g. an API key is set), and why not. */
  configured: { ok: true } | { ok: false; reason: string };
  /** Where calls go, for the admin view (origin and path only); null for builtin. */
  endpoint: string | null;
  /** True for providers that run a prompt (all but builtin). */
  usesPrompt: boolean;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  embed?(request: EmbedRequest): Promise<EmbedResult>;
  /** A cheap call (model list) that throws when the provider cannot be reached. */
  probe(options: { signal: AbortSignal }): Promise<void>;
}
