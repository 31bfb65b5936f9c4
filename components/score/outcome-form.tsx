"use client";

import { useState, type FormEvent } from "react";
import { useRecordOutcome } from "@/components/candidates/queries";
import { useFieldErrors } from "@/components/query/use-zod-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { outcomeBody } from "@/lib/contracts/scoring";

const OUTCOMES = [
  { value: "", label: "No outcome yet" },
  { value: "advanced", label: "Advanced" },
  { value: "interviewed", label: "Interviewed" },
  { value: "hired", label: "Hired" },
  { value: "rejected", label: "Rejected" },
  { value: "withdrawn", label: "Withdrawn" },
];
const OVERRIDES = [
  { value: "", label: "Keep the model's band" },
  { value: "strong", label: "Strong" },
  { value: "possible", label: "Possible" },
  { value: "weak", label: "Weak" },
];

/** Records what happened, or overrides the band with a reason. The model's score itself never changes. */
export function OutcomeForm({
  inferenceId,
  candidateId,
  onRecorded,
}: {
  inferenceId: string;
  candidateId?: string;
  onRecorded?: () => void;
}) {
  const record = useRecordOutcome(candidateId);
  const form = useFieldErrors(outcomeBody);
  const [outcome, setOutcome] = useState("");
  const [override, setOverride] = useState("");
  const [reason, setReason] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = form.validate({
      outcome: outcome || undefined,
      band_override: override || undefined,
      reason: reason.trim() || undefined,
    });
    if (!body) return;
    try {
      await record.mutateAsync({ inferenceId, body });
      setOutcome("");
      setOverride("");
      setReason("");
      onRecorded?.();
    } catch (error) {
      form.fromServer(error);
    }
  }

  const formError = form.errors[""];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Record an outcome">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Outcome"
          options={OUTCOMES}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value)}
          error={form.errors.outcome}
        />
        <SelectField
          label="Band override"
          options={OVERRIDES}
          value={override}
          onChange={(event) => setOverride(event.target.value)}
          error={form.errors.band_override}
        />
      </div>
      {override ? (
        <TextareaField
          label="Reason for the override"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={form.errors.reason}
          maxLength={1000}
        />
      ) : null}
      {formError ? (
        <p className="text-sm text-red-700" role="alert">
          {formError}
        </p>
      ) : null}
      {record.isError && Object.keys(form.errors).length === 0 ? <Alert>{record.error.message}</Alert> : null}
      {record.isSuccess ? (
        <Alert tone="success">Recorded by you on {new Date(record.data.created_at).toLocaleString("en-GB")}.</Alert>
      ) : null}
      <Button type="submit" variant="secondary" disabled={record.isPending}>
        {record.isPending ? "Recording…" : "Record outcome"}
      </Button>
    </form>
  );
}
