"use client";

import type { FormEvent } from "react";
import { useFieldErrors } from "@/components/query/use-zod-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError, TextField, inputClass } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { createUserBody } from "@/lib/contracts/admin";
import { formatDateTime } from "@/components/ui/format";
import { useCreateUser, useUsers } from "./queries";

export function UsersPanel() {
  const users = useUsers();
  const create = useCreateUser();
  const form = useFieldErrors(createUserBody);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const data = Object.fromEntries(new FormData(formElement));
    const body = form.validate(data);
    if (!body) return;
    try {
      await create.mutateAsync(body);
      formElement.reset();
    } catch (error) {
      form.fromServer(error);
    }
  }

  return (
    <div className="space-y-6">
      <Card title="Add a user">
        <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2 lg:grid-cols-5 lg:items-start" noValidate>
          <TextField label="Name" name="name" autoComplete="off" error={form.errors.name} />
          <TextField label="Email" name="email" type="email" autoComplete="off" error={form.errors.email} />
          <div>
            <label htmlFor="new-user-role" className="mb-1 block text-sm font-medium text-slate-700">
              Role
            </label>
            <select id="new-user-role" name="role" defaultValue="RECRUITER" className={inputClass}>
              <option value="RECRUITER">Recruiter</option>
              <option value="ADMIN">Admin</option>
            </select>
            <FieldError message={form.errors.role} className="mt-1" />
          </div>
          <TextField
            label="Initial password"
            name="password"
            type="password"
            autoComplete="new-password"
            error={form.errors.password}
            hint="At least 8 characters."
          />
          <Button type="submit" disabled={create.isPending} className="lg:mt-6">
            {create.isPending ? "Adding…" : "Add user"}
          </Button>
        </form>
        {create.isError && Object.keys(form.errors).length === 0 ? (
          <div className="mt-4">
            <Alert>{create.error.message}</Alert>
          </div>
        ) : null}
        {create.isSuccess ? (
          <div className="mt-4">
            <Alert tone="success">User {create.data.email} added.</Alert>
          </div>
        ) : null}
      </Card>
      {users.isPending ? (
        <p className="text-sm text-slate-600" role="status">
          Loading users…
        </p>
      ) : users.isError ? (
        <Alert>Could not load users: {users.error.message}</Alert>
      ) : (
        <Table caption="Users">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Role</Th>
              <Th>Added</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.data.items.map((user) => (
              <tr key={user.id}>
                <Td className="font-medium text-slate-900">{user.name}</Td>
                <Td>{user.email}</Td>
                <Td>{user.role === "ADMIN" ? <Badge tone="brand">Admin</Badge> : <Badge>Recruiter</Badge>}</Td>
                <Td>{formatDateTime(user.created_at)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
