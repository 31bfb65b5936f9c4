import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Invalid, NotFound } from "@/lib/errors";
import { referenceEdges, type SignalEdges } from "./reference-edges";
import { actorName } from "@/lib/auth";
import { readWindowSummary, summariseWindow } from "./summaries";

// A pinned baseline replaces the trailing weeks as the reference of every later check, until unpinned.
// Its bin edges are computed once, when it is pinned, so all reports against it bin alike. Like every
// window it is read from daily summaries, so a window not on day boundaries takes whole UTC days.

const MAX_BASELINE_DAYS = 366;
const BINS = 10;

export interface DriftBaselineSummary {
  id: string;
  start: Date;
  end: Date;
  rows: number;
  pinnedBy: string;
  createdAt: Date;
  unpinnedAt: Date | null;
}

const select = {
  id: true,
  start: true,
  end: true,
  rows: true,
  pinnedBy: true,
  createdAt: true,
  unpinnedAt: true,
} as const;

export async function activeDriftBaseline(): Promise<(DriftBaselineSummary & { edges: SignalEdges }) | null> {
  const row = await db.driftBaseline.findFirst({
    where: { unpinnedAt: null },
    orderBy: { createdAt: "desc" },
    select: { ...select, edges: true },
  });
  return row ? { ...row, edges: row.edges as SignalEdges } : null;
}

export async function currentDriftBaseline(): Promise<DriftBaselineSummary | null> {
  return db.driftBaseline.findFirst({ where: { unpinnedAt: null }, orderBy: { createdAt: "desc" }, select });
}

export async function pinDriftBaseline({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: Actor;
  input: { start: Date; end: Date };
  now?: Date;
}): Promise<DriftBaselineSummary> {
  const { start, end } = input;
  if (end.getTime() <= start.getTime())
    throw new Invalid("The baseline must end after it starts.", [{ path: "end", message: "must be after start" }]);
  if (end.getTime() > now.getTime())
    throw new Invalid("A baseline must lie in the past.", [{ path: "end", message: "must not be in the future" }]);
  if (end.getTime() - start.getTime() > MAX_BASELINE_DAYS * 86_400_000) {
    throw new Invalid(`A baseline spans at most ${MAX_BASELINE_DAYS} days.`, [
      { path: "start", message: `at most ${MAX_BASELINE_DAYS} days before end` },
    ]);
  }
  await summariseWindow({ start, end });
  const summary = await readWindowSummary({ start, end });
  const rows = summary.rows;
  const { DRIFT_MIN_ROWS } = env();
  if (rows < DRIFT_MIN_ROWS) {
    throw new Invalid(
      `That window holds ${rows} scored inferences; a baseline needs at least ${DRIFT_MIN_ROWS} (DRIFT_MIN_ROWS).`,
      [{ path: "start", message: `the window has ${rows} rows, fewer than ${DRIFT_MIN_ROWS}` }],
    );
  }
  const edges = referenceEdges(summary, BINS);
  const pinnedBy = actorName(ctx);
  const [, created] = await db.$transaction([
    db.driftBaseline.updateMany({ where: { unpinnedAt: null }, data: { unpinnedAt: now } }),
    db.driftBaseline.create({ data: { start, end, rows, edges, pinnedBy }, select }),
  ]);
  return created;
}

export async function unpinDriftBaseline({
  input,
  now = new Date(),
}: {
  input: { id: string };
  now?: Date;
}): Promise<DriftBaselineSummary> {
  const row = await db.driftBaseline.findUnique({ where: { id: input.id }, select });
  if (!row) throw new NotFound(`Baseline ${input.id} not found.`);
  if (row.unpinnedAt) return row;
  return db.driftBaseline.update({ where: { id: input.id }, data: { unpinnedAt: now }, select });
}
