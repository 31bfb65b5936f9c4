"use client";

import { useState } from "react";
import { useFieldErrors } from "@/components/query/use-zod-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmBar } from "@/components/ui/confirm-bar";
import { FieldError, inputClass, TextField } from "@/components/ui/field";
import { moveLabelBody } from "@/lib/contracts/prompts";
import { labelNameSchema } from "@/lib/vocabulary/prompt-schemas";
import { useMoveLabel } from "./queries";

const OTHER = "__other__";

/** Moves a label after a confirmation that names both versions; refused (409) if it moved meanwhile. */
export function LabelMover({
  name,
  labels,
  versions,
}: {
  name: string;
  labels: { name: string; version: number }[];
  versions: number[];
}) {
  const move = useMoveLabel(name);
  const form = useFieldErrors(moveLabelBody);
  const known = [...new Set(["production", "staging", ...labels.map((label) => label.name)])];
  const [choice, setChoice] = useState("production");
  const [custom, setCustom] = useState("");
  const [version, setVersion] = useState(versions[0] ?? 1);
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [labelError, setLabelError] = useState<string | undefined>();
  const label = choice === OTHER ? custom.trim() : choice;
  const current = labels.find((entry) => entry.name === label)?.version ?? null;

  function review() {
    const parsedLabel = labelNameSchema.safeParse(label);
    setLabelError(parsedLabel.success ? undefined : (parsedLabel.error.issues[0]?.message ?? "invalid label"));
    if (parsedLabel.success && form.validate({ version, note })) setConfirming(true);
  }

  async function confirm() {
    try {
      await move.mutateAsync({ label, version, expected_from_version: current, note: note || undefined });
      setConfirming(false);
      setNote("");
    } catch (error) {
      form.fromServer(error);
      setConfirming(false);
    }
  }

  return (
    <Card title="Move a label">
      <div className="grid gap-4 md:grid-cols-[1fr_1fr_2fr_auto] md:items-end">
        <div>
          <label htmlFor="move-label" className="mb-1 block text-sm font-medium text-slate-700">
            Label
          </label>
          <select
            id="move-label"
            className={inputClass}
            value={choice}
            onChange={(event) => {
              setChoice(event.target.value);
              setConfirming(false);
            }}
          >
            {known.map((entry) => (
              <option key={entry} value={entry}>
                {entry}
              </option>
            ))}
            <option value={OTHER}>Another label…</option>
          </select>
          {choice === OTHER ? (
            <TextField
              className="mt-2"
              label="Label name"
              value={custom}
              onChange={(event) => setCustom(event.target.value)}
              error={labelError}
              placeholder="e.g. canary"
            />
          ) : (
            <FieldError message={labelError} className="mt-1" />
          )}
        </div>
        <div>
          <label htmlFor="move-version" className="mb-1 block text-sm font-medium text-slate-700">
            To version
          </label>
          <select
            id="move-version"
            className={inputClass}
            value={version}
            onChange={(event) => {
              setVersion(Number(event.target.value));
              setConfirming(false);
            }}
          >
            {versions.map((entry) => (
              <option key={entry} value={entry}>
                v{entry}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Note (optional)"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={form.errors.note}
          maxLength={500}
          placeholder="Why this move"
        />
        <Button variant="secondary" onClick={review} disabled={confirming}>
          Move…
        </Button>
      </div>
      {confirming ? (
        <ConfirmBar
          className="mt-4"
          label="Confirm label move"
          confirmLabel="Confirm move"
          pendingLabel="Moving…"
          pending={move.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        >
          Move <strong>{label}</strong> {current === null ? "(new label)" : `from v${current}`} to{" "}
          <strong>v{version}</strong>?
          {label === "production" ? " The gateway uses it for every request from then on." : ""}
        </ConfirmBar>
      ) : null}
      {move.isSuccess && !confirming ? (
        <div className="mt-4">
          <Alert tone="success">
            {move.data.moved
              ? `${move.data.label} now points at v${move.data.to_version}.`
              : `${move.data.label} already pointed at v${move.data.to_version}.`}
          </Alert>
        </div>
      ) : null}
      {move.isError ? (
        <div className="mt-4">
          <Alert>{move.error.message}</Alert>
        </div>
      ) : null}
    </Card>
  );
}
