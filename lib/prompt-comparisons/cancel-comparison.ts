import "server-only";
import { db } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { getComparison, type ComparisonView } from "./read-comparisons";

/**
 * Stops a queued or running comparison. The runner sees the status before its next batch and stops; the
 * items finished so far stay, and the summary covers them.
 */
export async function cancelComparison({ input }: { input: { id: string } }): Promise<ComparisonView> {
  const { count } = await db.promptComparison.updateMany({
    where: { id: input.id, status: { in: ["queued", "running"] } },
    data: { status: "cancelled", finishedAt: new Date() },
  });
  if (count === 0) {
    const row = await db.promptComparison.findUnique({ where: { id: input.id }, select: { status: true } });
    if (!row) throw new NotFound(`Comparison ${input.id} does not exist.`);
    throw new Conflict(
      `The comparison has already ${row.status === "cancelled" ? "been cancelled" : row.status === "failed" ? "failed" : "completed"}.`,
    );
  }
  return getComparison({ input });
}
