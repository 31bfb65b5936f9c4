import "server-only";
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db } from "@/lib/db";
import { Conflict } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { userSelect, type UserSummary } from "./user-summary";

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** Creates a user who signs in with email and password (hashed with scrypt by better-auth). */
export async function createUser({ input }: { input: CreateUserInput }): Promise<UserSummary> {
  const email = input.email.trim().toLowerCase();
  const exists = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (exists) throw new Conflict(`A user with the email ${email} already exists.`);
  const id = crypto.randomUUID();
  const passwordHash = await hashPassword(input.password);
  const [user] = await db.$transaction([
    db.user.create({
      data: { id, email, name: input.name, role: input.role, emailVerified: true },
      select: userSelect,
    }),
    db.account.create({
      data: { id: crypto.randomUUID(), userId: id, accountId: id, providerId: "credential", password: passwordHash },
      select: { id: true },
    }),
  ]);
  return user;
}
