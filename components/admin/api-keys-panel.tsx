"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useFieldErrors } from "@/components/query/use-zod-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError, TextField } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { API_KEY_SCOPES, SCOPE_DESCRIPTIONS, type ApiKeyScope } from "@/lib/vocabulary/api-key-scopes";
import { createApiKeyBody } from "@/lib/contracts/admin";
import { formatDateTime } from "@/components/ui/format";
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from "./queries";

export function ApiKeysPanel() {
  return (
    <div className="space-y-6">
      <CreateApiKeyForm />
      <ApiKeyList />
    </div>
  );
}

function CreateApiKeyForm() {
  const create = useCreateApiKey();
  const form = useFieldErrors(createApiKeyBody);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = form.validate({ name: data.get("name"), scopes: data.getAll("scopes") });
    if (!body) return;
    const formElement = event.currentTarget;
    try {
      const result = await create.mutateAsync(body);
      setCreated({ name: result.api_key.name, key: result.key });
      setCopied(false);
      formElement.reset();
    } catch (error) {
      form.fromServer(error);
    }
  }

  return (
    <Card title="Create a key">
      {created ? (
        <div className="mb-5 space-y-2" data-testid="new-api-key">
          <Alert tone="success">
            Key <strong>{created.name}</strong> created. Copy it now: it will not be shown again.
          </Alert>
          <div className="flex items-center gap-2">
            <code
              className="block min-w-0 flex-1 overflow-x-auto rounded bg-slate-900 px-3 py-2 font-mono text-sm text-white"
              aria-label="New API key"
            >
              {created.key}
            </code>
            <Button
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.key).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
          <p className="text-sm text-slate-600">
            Try it on any operation in the{" "}
            <Link href="/docs/api" className="text-brand-700 underline">
              API reference
            </Link>
            .
          </p>
        </div>
      ) : null}
      <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-[1fr_2fr_auto] md:items-start" noValidate>
        <TextField
          label="Name"
          name="name"
          placeholder="e.g. Greenhouse production"
          error={form.errors.name}
          maxLength={80}
        />
        <fieldset>
          <legend className="mb-1 block text-sm font-medium text-slate-700">Scopes</legend>
          <div className="grid gap-1.5 sm:grid-cols-2">
            {API_KEY_SCOPES.map((scope: ApiKeyScope) => (
              <label key={scope} className="flex items-start gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  defaultChecked={scope !== "admin"}
                  className="mt-0.5 size-4 accent-brand-600"
                />
                <span>
                  <span className="font-medium">{scope}</span> — {SCOPE_DESCRIPTIONS[scope]}
                </span>
              </label>
            ))}
          </div>
          <FieldError message={form.errors.scopes} className="mt-1" />
        </fieldset>
        <Button type="submit" disabled={create.isPending} className="md:mt-6">
          {create.isPending ? "Creating…" : "Create key"}
        </Button>
      </form>
      {create.isError && Object.keys(form.errors).length === 0 ? (
        <div className="mt-4">
          <Alert>{create.error.message}</Alert>
        </div>
      ) : null}
    </Card>
  );
}

function ApiKeyList() {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [confirming, setConfirming] = useState<string | null>(null);

  if (keys.isPending)
    return (
      <p className="text-sm text-slate-600" role="status">
        Loading keys…
      </p>
    );
  if (keys.isError) return <Alert>Could not load the keys: {keys.error.message}</Alert>;
  if (keys.data.items.length === 0) return <p className="text-sm text-slate-600">No keys yet.</p>;

  return (
    <>
      {revoke.isError ? <Alert>Could not revoke the key: {revoke.error.message}</Alert> : null}
      <Table caption="API keys">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Key</Th>
            <Th>Scopes</Th>
            <Th>Created</Th>
            <Th>Last used</Th>
            <Th>Status</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {keys.data.items.map((key) => (
            <tr key={key.id}>
              <Td className="font-medium text-slate-900">{key.name}</Td>
              <Td>
                <code className="font-mono text-xs">{key.prefix}…</code>
              </Td>
              <Td>
                <div className="flex flex-wrap gap-1">
                  {key.scopes.map((scope) => (
                    <Badge key={scope}>{scope}</Badge>
                  ))}
                </div>
              </Td>
              <Td>
                {formatDateTime(key.created_at)}
                {key.created_by ? <span className="block text-xs text-slate-500">by {key.created_by}</span> : null}
              </Td>
              <Td>{key.last_used_at ? formatDateTime(key.last_used_at) : "Never"}</Td>
              <Td>{key.revoked_at ? <Badge tone="red">Revoked</Badge> : <Badge tone="green">Active</Badge>}</Td>
              <Td className="text-right">
                {key.revoked_at ? null : confirming === key.id ? (
                  <span className="inline-flex gap-2">
                    <Button
                      variant="danger"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(key.id, { onSettled: () => setConfirming(null) })}
                    >
                      Confirm revoke
                    </Button>
                    <Button variant="ghost" onClick={() => setConfirming(null)}>
                      Cancel
                    </Button>
                  </span>
                ) : (
                  <Button variant="danger" onClick={() => setConfirming(key.id)} aria-label={`Revoke ${key.name}`}>
                    Revoke
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
