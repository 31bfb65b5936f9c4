import "server-only";
import type { GatewayConfig } from "../config";
import type { LlmProvider, ProviderName } from "../types";
import { createBuiltinProvider } from "./builtin";
import { createDeepSeekProvider } from "./deepseek";
import { createOllamaProvider } from "./ollama";
import { createOpenAiProvider } from "./openai";

export function createProvider(name: ProviderName, config: GatewayConfig): LlmProvider {
  const timeoutMs = config.policy.timeoutMs;
  switch (name) {
    case "builtin":
      return createBuiltinProvider();
    case "ollama":
      return createOllamaProvider(config.ollama);
    case "deepseek":
      return createDeepSeekProvider({ ...config.deepseek, timeoutMs });
    case "openai":
      return createOpenAiProvider({ ...config.openai, timeoutMs });
  }
}

export function createProviders(config: GatewayConfig): LlmProvider[] {
  return config.chain.map((name) => createProvider(name, config));
}
