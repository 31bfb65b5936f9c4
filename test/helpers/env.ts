import { resetEnvCache } from "@/lib/env";
import { resetLlmRuntime } from "@/lib/llm/runtime";

/** Runs `fn` with extra environment variables (undefined removes one), then restores the environment. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetEnvCache();
    resetLlmRuntime();
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}
