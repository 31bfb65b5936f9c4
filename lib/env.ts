import "server-only";
import { z } from "zod";

// The one place that reads process.env. Parsed lazily so `next build` never needs run-time secrets.

const booleanFlag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .optional()
    .transform((value) => (value === undefined ? fallback : ["true", "1", "yes"].includes(value)));

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string");

const envSchema = z.object({
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
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

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

/** The public origin of the app, used for auth redirects and links in alerts. */
export function appUrl(): string {
  const { APP_URL, PORT } = env();
  return (APP_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}

/** Tests change the environment between suites; production never calls this. */
export function resetEnvCache(): void {
  cached = undefined;
}
