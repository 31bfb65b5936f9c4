import { parseArgs } from "node:util";
import { activeModel, fitModelFromOutcomes } from "@/lib/scoring";
import { fitPrintout } from "./print";

export const USAGE =
  "Usage: npm run model:fit [-- --since <date>] [--until <date>] [--l2 <strength>] [--version <name>]";

/** Parses the command's arguments, fits, stores the inactive version and returns what to print. */
export async function modelFitCommand(args: string[], { now = new Date() }: { now?: Date } = {}): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      since: { type: "string" },
      until: { type: "string" },
      l2: { type: "string" },
      version: { type: "string" },
    },
  });
  const date = (value: string | undefined, name: string) => {
    if (value === undefined) return undefined;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) throw new Error(`--${name} must be a date such as 2026-11-01. ${USAGE}`);
    return parsed;
  };
  const l2 = values.l2 === undefined ? undefined : Number(values.l2);
  if (l2 !== undefined && !(Number.isFinite(l2) && l2 >= 0)) throw new Error(`--l2 must be a number ≥ 0. ${USAGE}`);
  const active = await activeModel({ now: now.getTime() });
  const { model, report } = await fitModelFromOutcomes({
    ctx: { kind: "system", name: "model:fit" },
    input: { since: date(values.since, "since"), until: date(values.until, "until"), l2, version: values.version },
    now,
  });
  return fitPrintout({ version: model.version, definition: model.definition, active, report });
}
