"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useTryItKey } from "./credentials";

export interface TryItParameter {
  name: string;
  example?: string;
  required: boolean;
}

export interface TryItProps {
  method: string;
  path: string;
  pathParams: TryItParameter[];
  queryParams: TryItParameter[];
  /** The example body, as JSON text. */
  body?: string;
  /** The form field of an upload operation. */
  uploadField?: string;
}

interface Answer {
  status: number;
  statusText: string;
  text: string;
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** Sends the operation to this server (same origin) with the page's key, and shows the answer. */
export function TryIt({ method, path, pathParams, queryParams, body, uploadField }: TryItProps) {
  const key = useTryItKey();
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries([...pathParams, ...queryParams].map((param) => [param.name, param.example ?? ""])),
  );
  const [bodyText, setBodyText] = useState(body ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const url = new URL(
      path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? "")),
      location.origin,
    );
    for (const param of queryParams) if (values[param.name]) url.searchParams.set(param.name, values[param.name]!);
    let payload: BodyInit | undefined;
    if (uploadField) {
      if (!file) return setProblem("Choose a file to upload.");
      payload = new FormData();
      payload.set(uploadField, file);
    } else if (body !== undefined) {
      try {
        payload = JSON.stringify(JSON.parse(bodyText));
      } catch (error) {
        return setProblem(`The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    setPending(true);
    try {
      const response = await fetch(url, {
        method,
        // With a key, only the key speaks for the caller; without one, the browser's session does.
        credentials: key ? "omit" : "same-origin",
        headers: {
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...(payload !== undefined && !uploadField ? { "content-type": "application/json" } : {}),
        },
        body: payload,
      });
      setAnswer({ status: response.status, statusText: response.statusText, text: pretty(await response.text()) });
    } catch (error) {
      setProblem(`The request did not complete: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setPending(false);
    }
  }

  const field = (param: TryItParameter, where: string) => (
    <div key={`${where}-${param.name}`}>
      <label htmlFor={`${id}-${param.name}`} className="mb-1 block text-xs font-medium text-slate-700">
        {param.name} ({where}
        {param.required ? "" : ", optional"})
      </label>
      <input
        id={`${id}-${param.name}`}
        className={`${inputClass} font-mono`}
        value={values[param.name] ?? ""}
        onChange={(event) => setValues((current) => ({ ...current, [param.name]: event.target.value }))}
      />
    </div>
  );

  return (
    <form onSubmit={send} className="mt-3 space-y-3" aria-label={`Try ${method} ${path}`}>
      {pathParams.length + queryParams.length > 0 ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {pathParams.map((param) => field(param, "path"))}
          {queryParams.map((param) => field(param, "query"))}
        </div>
      ) : null}
      {uploadField ? (
        <div>
          <label htmlFor={`${id}-file`} className="mb-1 block text-xs font-medium text-slate-700">
            File ({uploadField})
          </label>
          <input id={`${id}-file`} type="file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
      ) : body !== undefined ? (
        <div>
          <label htmlFor={`${id}-body`} className="mb-1 block text-xs font-medium text-slate-700">
            Request body (JSON)
          </label>
          <textarea
            id={`${id}-body`}
            rows={Math.min(16, bodyText.split("\n").length + 1)}
            spellCheck={false}
            className={`${inputClass} font-mono text-xs`}
            value={bodyText}
            onChange={(event) => setBodyText(event.target.value)}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : `Send ${method}`}
        </Button>
        <span className="text-xs text-slate-600">{key ? "With your API key" : "With your session, if any"}</span>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      ) : null}
      {answer ? (
        <section aria-label="Response">
          <p role="status" className="text-sm font-medium text-slate-900">
            <span className={answer.status < 400 ? "text-emerald-700" : "text-red-700"}>{answer.status}</span>{" "}
            {answer.statusText}
          </p>
          <pre
            tabIndex={0}
            className="mt-1 max-h-96 overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100"
          >
            {answer.text}
          </pre>
        </section>
      ) : null}
    </form>
  );
}
