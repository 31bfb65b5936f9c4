import { describe, expect, it } from "vitest";
import { selectChain, selectPrimary } from "./config";

const base = {
  LLM_PROVIDER: undefined,
  ENV: undefined,
  DEEPSEEK_API_KEY: undefined,
  LLM_FALLBACKS: ["builtin" as const],
};

describe("provider selection", () => {
  it("nothing configured: the builtin rules alone", () => {
    expect(selectChain(base)).toEqual(["builtin"]);
  });

  it("ENV=DEV alone means Ollama, then builtin", () => {
    expect(selectPrimary({ ...base, ENV: "DEV" })).toBe("ollama");
    expect(selectChain({ ...base, ENV: "DEV" })).toEqual(["ollama", "builtin"]);
  });

  it("ENV=PROD means DeepSeek only when its key is set", () => {
    expect(selectPrimary({ ...base, ENV: "PROD" })).toBe("builtin");
    expect(selectPrimary({ ...base, ENV: "PROD", DEEPSEEK_API_KEY: "k" })).toBe("deepseek");
  });

  it("LLM_PROVIDER wins; fallbacks follow in order without duplicates; builtin always closes the chain", () => {
    expect(
      selectChain({ ...base, ENV: "DEV", LLM_PROVIDER: "openai", LLM_FALLBACKS: ["deepseek", "openai", "builtin"] }),
    ).toEqual(["openai", "deepseek", "builtin"]);
    expect(selectChain({ ...base, LLM_PROVIDER: "ollama", LLM_FALLBACKS: ["deepseek"] })).toEqual([
      "ollama",
      "deepseek",
      "builtin",
    ]);
    expect(selectChain({ ...base, LLM_PROVIDER: "deepseek", LLM_FALLBACKS: ["builtin", "ollama"] })).toEqual([
      "deepseek",
      "builtin",
      "ollama",
    ]);
  });
});
