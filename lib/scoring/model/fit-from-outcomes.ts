import "server-only";
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth";
import { fitModel } from "./fit/fit";
import { fitNotes } from "./fit/notes";
import { labelledOutcomes } from "./fit/outcome-dataset";
import type { FitReport } from "./fit/report";
import { activeModel, createModelVersion } from "./model-store";
import type { ModelVersionSummary } from "./model-summary";

// npm run model:fit: fit the weights to the recorded outcomes and store them as a new, inactive version
// carrying its held-out figures, for an admin to compare (Admin → Models) and activate.

export interface FitInput {
  /** Only inferences scored in [since, until). */
  since?: Date;
  until?: Date;
  /** A fixed L2 strength instead of cross-validation. */
  l2?: number;
  /** The version's name; default `fit-<day>-<hash of the weights>`. */
  version?: string;
}

export async function fitModelFromOutcomes({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: Actor;
  input: FitInput;
  now?: Date;
}): Promise<{ model: ModelVersionSummary; report: FitReport }> {
  const rows = await labelledOutcomes({ since: input.since, until: input.until });
  const active = await activeModel({ now: now.getTime() });
  const { definition, report } = fitModel({ rows, active, l2: input.l2 });
  const hash = crypto.createHash("sha256").update(JSON.stringify(definition)).digest("hex").slice(0, 8);
  const version = input.version ?? `fit-${now.toISOString().slice(0, 10).replaceAll("-", "")}-${hash}`;
  const model = await createModelVersion({ ctx, input: { version, definition, notes: fitNotes(report), fit: report } });
  return { model, report };
}
