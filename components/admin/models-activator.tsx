"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmBar } from "@/components/ui/confirm-bar";
import { TextField } from "@/components/ui/field";
import { useActivateModel } from "./models-queries";

/**
 * Activates a version after a confirmation naming both versions. The request states which version the
 * admin saw active, so an activation made meanwhile by someone else is refused (409) instead of overwritten.
 */
export function ModelActivator({ version, activeVersion }: { version: string; activeVersion: string }) {
  const router = useRouter();
  const activate = useActivateModel();
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);

  async function confirm() {
    try {
      await activate.mutateAsync({ version, note: note.trim() || undefined, expected_active: activeVersion });
      setNote("");
      router.refresh();
    } catch {
      // Shown below from the mutation's error.
    } finally {
      setConfirming(false);
    }
  }

  return (
    <Card title="Activate this version">
      <div className="grid gap-4 md:grid-cols-[1fr_auto] md:items-end">
        <TextField
          label="Note (optional)"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={500}
          placeholder="Why this version, e.g. refit on November's outcomes"
        />
        <Button onClick={() => setConfirming(true)} disabled={confirming || activate.isPending}>
          Activate…
        </Button>
      </div>
      {confirming ? (
        <ConfirmBar
          className="mt-4"
          label="Confirm activation"
          confirmLabel="Confirm activation"
          pendingLabel="Activating…"
          pending={activate.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        >
          Replace <strong>{activeVersion}</strong> with <strong>{version}</strong>? Every score and ranking uses it from
          then on; the change is recorded with your name.
        </ConfirmBar>
      ) : null}
      {activate.isSuccess && !confirming ? (
        <div className="mt-4">
          <Alert tone="success">{activate.data.model.version} is now the active model.</Alert>
        </div>
      ) : null}
      {activate.isError ? (
        <div className="mt-4">
          <Alert>{activate.error.message}</Alert>
        </div>
      ) : null}
    </Card>
  );
}
