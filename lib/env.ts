import "server-only";
import { isIP } from "node:net";
import { z } from "zod";
import { checkBaseUrl } from "@/lib/util/base-url";

// The one place that reads process.env. Parsed lazily so `next build` never needs run-time secrets.

const booleanFlag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .optional()
    .transform((value) => (value === undefined ? fallback : ["true", "1", "yes"].includes(value)));

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string");

const baseUrl = z.string().transform((value, context) => {
  const checked = checkBaseUrl(value);
  if (checked.ok) return checked.url;
  context.addIssue({ code: "custom", message: checked.reason });
  return z.NEVER;
});

const LLM_PROVIDER_NAMES = ["builtin", "ollama", "deepseek", "openai"] as const;
const llmProviderName = z.enum(LLM_PROVIDER_NAMES);

const providerList = z.string().transform((value, context) => {
  const names = value
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(LLM_PROVIDER_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    context.addIssue({ code: "custom", message: `must be a comma list of ${LLM_PROVIDER_NAMES.join(", ")}` });
    return z.NEVER;
  }
  return names as (typeof LLM_PROVIDER_NAMES)[number][];
});

const apiKey = z.string().trim().min(1).optional();

/** Comma list of IP addresses and CIDR ranges (`10.0.0.0/8`, `fd00::/8`). */
const addressList = z.string().transform((value, context) => {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const valid = (entry: string) => {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    if (!family || extra !== undefined) return false;
    if (prefix === undefined) return true;
    const bits = Number(prefix);
    return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
  };
  if (!entries.every(valid)) {
    context.addIssue({ code: "custom", message: "must be a comma list of IP addresses or CIDR ranges" });
    return z.NEVER;
  }
  return entries;
});

const emailList = z.string().transform((value, context) => {
  const addresses = value
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean);
  if (addresses.length === 0 || addresses.some((address) => !z.email().safeParse(address).success)) {
    context.addIssue({ code: "custom", message: "must be a comma list of e-mail addresses" });
    return z.NEVER;
  }
  return addresses;
});

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    SEED_DEMO: booleanFlag(true),
    DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").default("shortlist-demo"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    APP_URL: z.url().optional(),
    PORT: z.coerce.number().int().positive().default(3000),
    CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    // Proxies whose X-Forwarded-For is believed (sign-in limits key on the client address); none by default.
    TRUSTED_PROXIES: addressList.default([]),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    // Batch scoring holds up to 24 MiB of payloads per request: this many run at once per process.
    BATCH_MAX_CONCURRENT_PER_CALLER: z.coerce.number().int().min(1).max(64).default(1),
    BATCH_MAX_CONCURRENT: z.coerce.number().int().min(1).max(64).default(2),
    // Worker threads reading the résumés of a sync batch: at most this many, and never more than the cores.
    READING_WORKERS: z.coerce.number().int().min(0).max(64).default(4),
    // Drift monitoring (lib/drift). The webhook URL and SMTP_URL are secrets (they carry the credentials):
    // never logged. E-mail alerts go out when SMTP_URL and DRIFT_ALERT_EMAIL_TO are both set.
    DRIFT_THRESHOLD: z.coerce.number().min(0).max(1).default(0.15),
    DRIFT_MIN_ROWS: z.coerce.number().int().min(1).max(100_000_000).default(500),
    DRIFT_ALERT_WEBHOOK_URL: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// URL" }).optional(),
    DRIFT_ALERT_EMAIL_TO: emailList.optional(),
    DRIFT_ALERT_EMAIL_FROM: z.string().trim().min(3).max(320).default("Shortlist <drift-alerts@shortlist.local>"),
    DRIFT_ALERT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),

    // Embeddings (lib/embeddings). Remote models need their vector dimension stated, so a supplied vector
    // can be checked against it before any call.
    EMBEDDING_PROVIDER: z.enum(["builtin", "ollama", "openai"]).default("builtin"),
    EMBEDDING_MODEL: z.string().trim().min(1).max(200).optional(),
    EMBEDDING_DIMENSIONS: z.coerce.number().int().min(1).max(4096).optional(),
    // Re-embedding stored candidates after a model change runs in the background at most this many texts
    // a minute, so it never crowds out scoring on the same embedding server (or its rate limit).
    EMBEDDING_REFRESH_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    // LLM gateway (lib/llm). Model names and URLs below are defaults only: providers rename models, so
    // every one is configurable. Without LLM_PROVIDER, ENV=DEV selects Ollama, as the original system did.
    ENV: z.string().trim().toUpperCase().optional(),
    LLM_PROVIDER: llmProviderName.optional(),
    LLM_FALLBACKS: providerList.default(["builtin"]),
    LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    // All a request may spend on one LLM task (calls, retries, backoff) before the built-in rules answer.
    LLM_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
    LLM_RETRY_BASE_MS: z.coerce.number().int().min(1).max(60_000).default(500),
    LLM_RETRY_MAX_MS: z.coerce.number().int().min(1).max(120_000).default(8_000),
    LLM_COOLDOWN_FAILURES: z.coerce.number().int().min(1).max(100).default(3),
    LLM_COOLDOWN_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    OLLAMA_HOST: baseUrl.default("http://127.0.0.1:11434"),
    OLLAMA_MODEL: z.string().trim().min(1).default("qwen2.5:7b-instruct"),
    DEEPSEEK_API_KEY: apiKey,
    DEEPSEEK_BASE_URL: baseUrl.default("https://api.deepseek.com"),
    // deepseek-chat was retired on 2026-07-24; deepseek-flash is V4.1 Flash (deepseek-v4-flash still works).
    DEEPSEEK_MODEL: z.string().trim().min(1).default("deepseek-flash"),
    OPENAI_API_KEY: apiKey,
    OPENAI_BASE_URL: baseUrl.default("https://api.openai.com/v1"),
    OPENAI_MODEL: z.string().trim().min(1).default("gpt-4.1-mini"),
    // Optional export of every traced LLM call to a (self-hosted) Langfuse; the secret key is never logged.
    LANGFUSE_PUBLIC_KEY: apiKey,
    LANGFUSE_SECRET_KEY: apiKey,
    LANGFUSE_BASE_URL: baseUrl.default("https://cloud.langfuse.com"),
    // Prompt registry (lib/prompts): how long an instance may serve a label it resolved before asking the
    // database again. Moves made on this instance apply at once; other instances see them within this time.
    PROMPT_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    // On SIGTERM/SIGINT, once the server has drained its requests, work still owed (traces queued for
    // Langfuse, a re-embedding batch) gets at most this long before the process exits.
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  })
  .superRefine((value, context) => {
    if (value.EMBEDDING_PROVIDER !== "builtin" && (!value.EMBEDDING_MODEL || !value.EMBEDDING_DIMENSIONS)) {
      context.addIssue({
        code: "custom",
        path: ["EMBEDDING_MODEL"],
        message: "EMBEDDING_MODEL and EMBEDDING_DIMENSIONS are required with a remote EMBEDDING_PROVIDER",
      });
    }
    // Sessions signed with a per-process key would not survive a restart nor work across instances.
    if (value.DATABASE_URL && value.NODE_ENV === "production" && !value.AUTH_SECRET) {
      context.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "is required in production with DATABASE_URL, the same on every instance (e.g. `openssl rand -base64 48`)",
      });
    }
    if (value.SMTP_URL && !value.DRIFT_ALERT_EMAIL_TO) {
      context.addIssue({
        code: "custom",
        path: ["DRIFT_ALERT_EMAIL_TO"],
        message: "is required when SMTP_URL is set (who gets drift alerts)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;
export type LlmProviderName = z.infer<typeof llmProviderName>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    // Name the variables, never their values: they may be secrets.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n  ${problems.join("\n  ")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Why this process cannot serve with its configuration, or null when it can (the health check asks). */
export function configurationProblem(): string | null {
  try {
    env();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : "Invalid environment configuration";
  }
}

/** The public origin of the app, used for auth redirects and links in alerts. */
export function appUrl(): string {
  const { APP_URL, PORT } = env();
  return (APP_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}

/** Tests change the environment between suites; production never calls this. */
export function resetEnvCache(): void {
  cached = undefined;
}
