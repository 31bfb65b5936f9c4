"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { modelFor, PROMPT_MODEL_PROVIDERS, type PromptModelProvider } from "@/lib/vocabulary/prompt-config";

export interface ChainProvider {
  name: string;
  model: string;
}

/**
 * The version's model and the provider it belongs to, and — as they are typed — which model each provider
 * of the configured chain will run for this version (the gateway asks the same `modelFor`).
 */
export function ModelFields({
  chain,
  initial,
  errors,
}: {
  chain: ChainProvider[];
  initial: { provider?: PromptModelProvider; model?: string };
  errors: { provider?: string; model?: string };
}) {
  const [provider, setProvider] = useState<string>(initial.provider ?? "");
  const [model, setModel] = useState(initial.model ?? "");
  const config = {
    provider: (PROMPT_MODEL_PROVIDERS as readonly string[]).includes(provider)
      ? (provider as PromptModelProvider)
      : undefined,
    model: model.trim() || undefined,
  };
  const unused = config.provider && config.model && !chain.some((item) => item.name === config.provider);
  return (
    <div className="space-y-3 md:col-span-4">
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label="Model's provider"
          name="provider"
          value={provider}
          onChange={(event) => setProvider(event.target.value)}
          options={[
            { value: "", label: "None (each provider's configured model)" },
            ...PROMPT_MODEL_PROVIDERS.map((name) => ({ value: name, label: name })),
          ]}
          error={errors.provider}
        />
        <TextField
          label="Model"
          name="model"
          value={model}
          onChange={(event) => setModel(event.target.value)}
          placeholder="e.g. gpt-4.1"
          error={errors.model}
        />
      </div>
      <div className="text-sm text-slate-700" aria-live="polite">
        <span className="font-medium">Will run: </span>
        {chain.length === 0 ? (
          "no LLM is configured, so the builtin rules answer (they read no prompt)."
        ) : (
          <ul aria-label="Models that will run" className="inline">
            {chain.map((item, index) => {
              const runs = modelFor(item, config);
              return (
                <li key={item.name} className="inline">
                  {index > 0 ? " → " : ""}
                  {item.name} <span className="font-mono">{runs}</span>
                  {runs !== item.model ? " (this version's model)" : " (configured)"}
                </li>
              );
            })}
            <li className="inline"> → builtin rules</li>
          </ul>
        )}
        {unused ? (
          <p className="mt-1 text-amber-800">
            {config.provider} is not in the configured chain: the model will not run.
          </p>
        ) : null}
      </div>
    </div>
  );
}
