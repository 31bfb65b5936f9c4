"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import type { z } from "zod";
import { useFieldErrors } from "@/components/query/use-zod-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { JobPicker, type PickableJob } from "@/components/jobs/job-picker";
import { FieldError, inputClass, TextField } from "@/components/ui/field";
import { startComparisonBody } from "@/lib/contracts/prompt-comparisons";
import { useStartComparison } from "./queries";

type Body = z.input<typeof startComparisonBody>;
type Source = "stored" | "upload";

export interface ComparisonFormProps {
  name: string;
  task: string;
  versions: number[];
  defaults: { a: number; b: number };
  jobs: PickableJob[];
  /** How many stored inputs there are (candidates with a résumé, or jobs). */
  available: number;
}

function Select({
  id,
  label,
  children,
  ...props
}: { id: string; label: string; children: React.ReactNode } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} className={inputClass} {...props}>
        {children}
      </select>
    </div>
  );
}

export function ComparisonForm({ name, task, versions, defaults, jobs, available }: ComparisonFormProps) {
  const router = useRouter();
  const start = useStartComparison(name);
  const form = useFieldErrors(startComparisonBody);
  const [source, setSource] = useState<Source>("stored");
  const [jobId, setJobId] = useState(jobs[0]?.id ?? "");
  const [upload, setUpload] = useState<{ filename: string; format: "json" | "csv"; content: string } | null>(null);
  const storedKind = task === "job-requirements" ? "jobs" : "candidates";
  const needsJob = task === "match-rationale" && source === "stored";
  const scoresJob = task === "resume-extraction" || needsJob;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return setUpload(null);
    setUpload({
      filename: file.name,
      format: file.name.toLowerCase().endsWith(".csv") ? "csv" : "json",
      content: await file.text(),
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const seed = String(data.get("seed") ?? "").trim();
    const chosenIds = String(data.get("ids") ?? "")
      .split(/[\s,]+/)
      .filter(Boolean);
    const candidate: Body = {
      version_a: Number(data.get("version_a")),
      version_b: Number(data.get("version_b")),
      dataset:
        source === "upload"
          ? {
              kind: "upload",
              format: upload?.format ?? "json",
              content: upload?.content ?? "",
              filename: upload?.filename,
            }
          : chosenIds.length > 0
            ? { kind: storedKind, ids: chosenIds }
            : {
                kind: storedKind,
                size: Number(data.get("size")),
                order: data.get("order") === "recent" ? "recent" : "random",
              },
      job_id: scoresJob && jobId ? jobId : null,
      seed: seed ? Number(seed) : undefined,
    };
    const body = form.validate(candidate);
    if (!body) return;
    try {
      const created = await start.mutateAsync(body);
      router.push(`/prompts/${encodeURIComponent(name)}/comparisons/${encodeURIComponent(created.id)}`);
    } catch (error) {
      form.fromServer(error);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <Card title="Versions">
        <div className="grid gap-4 md:grid-cols-2">
          <Select id="version-a" name="version_a" label="Version A (baseline)" defaultValue={defaults.a}>
            {versions.map((version) => (
              <option key={version} value={version}>{`v${version}`}</option>
            ))}
          </Select>
          <Select id="version-b" name="version_b" label="Version B (candidate)" defaultValue={defaults.b}>
            {versions.map((version) => (
              <option key={version} value={version}>{`v${version}`}</option>
            ))}
          </Select>
        </div>
        <FieldError message={form.errors.version_b} className="mt-2" />
      </Card>
      <Card title="Dataset">
        <fieldset className="mb-4 flex gap-6 text-sm">
          <legend className="sr-only">Source of inputs</legend>
          {(["stored", "upload"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="source"
                value={value}
                checked={source === value}
                onChange={() => setSource(value)}
                className="accent-brand-600"
              />
              {value === "stored" ? `Stored ${storedKind} (${available} available)` : "Upload a JSON or CSV file"}
            </label>
          ))}
        </fieldset>
        {source === "stored" ? (
          <div className="grid gap-4 md:grid-cols-3">
            <TextField
              label={`Number of ${storedKind}`}
              name="size"
              type="number"
              min={1}
              max={1000}
              defaultValue={Math.min(50, Math.max(1, available))}
              error={form.errors["dataset.size"]}
            />
            <Select id="order" name="order" label="Which ones" defaultValue="random">
              <option value="random">A random sample (seeded)</option>
              <option value="recent">The most recent</option>
            </Select>
            <div>
              <label htmlFor="ids" className="mb-1 block text-sm font-medium text-slate-700">
                Or these {storedKind} (ids)
              </label>
              <textarea
                id="ids"
                name="ids"
                rows={2}
                placeholder="One id per line; overrides the sample"
                className={inputClass}
              />
              <FieldError message={form.errors["dataset.ids"]} className="mt-1" />
            </div>
          </div>
        ) : (
          <div className="space-y-2">
            <label htmlFor="upload" className="block text-sm font-medium text-slate-700">
              File
            </label>
            <input
              id="upload"
              type="file"
              accept=".json,.csv,application/json,text/csv"
              onChange={onFile}
              className="block text-sm"
            />
            <p className="text-sm text-slate-500">
              JSON: an array of{" "}
              {task === "job-requirements"
                ? "{ title, description }"
                : task === "match-rationale"
                  ? "rationale inputs"
                  : "résumé strings or { resume_text }"}{" "}
              objects. CSV: a header row with {task === "job-requirements" ? "title,description" : "resume_text"}.
            </p>
            <FieldError message={form.errors["dataset.content"] ?? form.errors.dataset} />
          </div>
        )}
        {scoresJob ? (
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            <JobPicker
              name="job_id"
              label={needsJob ? "Job the candidates are scored against" : "Score candidates against (effect on scores)"}
              jobs={jobs}
              value={jobId}
              onChange={setJobId}
              noneLabel={needsJob ? undefined : "No scoring"}
            />
            <TextField
              label="Seed (optional)"
              name="seed"
              type="number"
              min={0}
              hint="Same seed, same sample and intervals."
              error={form.errors.seed}
            />
          </div>
        ) : null}
        <FieldError message={form.errors.job_id} className="mt-2" />
      </Card>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={start.isPending}>
          {start.isPending ? "Starting…" : "Run comparison"}
        </Button>
        {start.isError && Object.keys(form.errors).length === 0 ? <Alert>{start.error.message}</Alert> : null}
      </div>
    </form>
  );
}
