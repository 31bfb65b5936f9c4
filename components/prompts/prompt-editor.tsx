"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { useFieldErrors } from "@/components/query/use-zod-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError, TextField } from "@/components/ui/field";
import { createVersionBody, type ConfigJson } from "@/lib/contracts/prompts";
import { checkTemplate, type ChatTemplate, type PromptTemplate } from "@/lib/vocabulary/prompt-template";
import { MessagesEditor } from "./messages-editor";
import { ModelFields, type ChainProvider } from "./model-fields";
import { useCreateVersion } from "./queries";
import { VariableList } from "./variable-list";

export interface EditorBase {
  version: number;
  template: PromptTemplate;
  config: ConfigJson;
}

const optionalNumber = (value: string) => (value.trim() === "" ? undefined : Number(value));

/**
 * Creates a new version from any version. The variables are checked as the admin types, with the same
 * rules the server applies at save (lib/vocabulary/prompt-template.ts), so a version that would fail to render is
 * never sent; the server's answer is still what counts.
 */
export function PromptEditor({
  name,
  declared,
  base,
  responseSchema,
  chain,
}: {
  name: string;
  declared: string[];
  base: EditorBase;
  responseSchema: string | null;
  /** The configured providers that run prompts, in chain order, with their configured models. */
  chain: ChainProvider[];
}) {
  const router = useRouter();
  const save = useCreateVersion(name);
  const form = useFieldErrors(createVersionBody);
  const [messages, setMessages] = useState<ChatTemplate>(typeof base.template === "string" ? [] : base.template);
  const [text, setText] = useState(typeof base.template === "string" ? base.template : "");
  const template: PromptTemplate = typeof base.template === "string" ? text : messages;
  const check = useMemo(() => checkTemplate(template, declared), [template, declared]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const config: ConfigJson = {
      provider: (String(data.get("provider") ?? "") || undefined) as ConfigJson["provider"],
      model: String(data.get("model") ?? "").trim() || undefined,
      temperature: optionalNumber(String(data.get("temperature") ?? "")),
      max_tokens: optionalNumber(String(data.get("max_tokens") ?? "")),
      response_schema: String(data.get("response_schema") ?? "").trim() || undefined,
    };
    const body = form.validate({ template, config, message: data.get("message"), base_version: base.version });
    if (!body || check.problems.length > 0) return;
    try {
      const created = await save.mutateAsync(body);
      router.push(`/prompts/${encodeURIComponent(name)}/diff?from=${base.version}&to=${created.version}`);
    } catch (error) {
      form.fromServer(error);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <Card title={`Template (starting from v${base.version})`}>
        {typeof base.template === "string" ? (
          <textarea
            aria-label="Template"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={16}
            className="block w-full rounded-md p-3 font-mono text-sm ring-1 ring-slate-300"
          />
        ) : (
          <MessagesEditor messages={messages} onChange={setMessages} />
        )}
        <FieldError message={form.errors.template} className="mt-2" />
        <VariableList declared={declared} check={check} />
      </Card>
      <Card title="Config">
        <div className="grid gap-4 md:grid-cols-4">
          <ModelFields
            chain={chain}
            initial={{ provider: base.config.provider, model: base.config.model }}
            errors={{ provider: form.errors["config.provider"], model: form.errors["config.model"] }}
          />
          <TextField
            label="Temperature"
            name="temperature"
            type="number"
            step="0.1"
            min={0}
            max={2}
            defaultValue={base.config.temperature ?? ""}
            error={form.errors["config.temperature"]}
          />
          <TextField
            label="Max tokens"
            name="max_tokens"
            type="number"
            min={1}
            max={32000}
            defaultValue={base.config.max_tokens ?? ""}
            error={form.errors["config.max_tokens"]}
          />
          <TextField
            label="Response schema"
            name="response_schema"
            defaultValue={base.config.response_schema ?? responseSchema ?? ""}
            error={form.errors["config.response_schema"]}
            hint={responseSchema ? `This task answers with ${responseSchema}.` : undefined}
          />
        </div>
      </Card>
      <Card>
        <div className="grid gap-4 md:grid-cols-[1fr_auto] md:items-end">
          <TextField
            label="What changed"
            name="message"
            placeholder="e.g. Ask for at most 3 technical skills"
            error={form.errors.message}
            maxLength={500}
          />
          <Button type="submit" disabled={save.isPending || check.problems.length > 0}>
            {save.isPending ? "Saving…" : "Save as new version"}
          </Button>
        </div>
        {save.isError && Object.keys(form.errors).length === 0 ? (
          <div className="mt-4">
            <Alert>{save.error.message}</Alert>
          </div>
        ) : null}
      </Card>
    </form>
  );
}
