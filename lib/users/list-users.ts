import "server-only";
import { db } from "@/lib/db";
import { userSelect, type UserSummary } from "./user-summary";

export async function listUsers(): Promise<UserSummary[]> {
  return db.user.findMany({ select: userSelect, orderBy: [{ role: "asc" }, { email: "asc" }] });
}
