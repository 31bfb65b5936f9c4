import "server-only";
import { db } from "@/lib/db";

export async function listDepartments(): Promise<string[]> {
  const rows = await db.job.findMany({
    distinct: ["department"],
    select: { department: true },
    orderBy: { department: "asc" },
  });
  return rows.map((row) => row.department);
}
