import { z } from "zod";
import { SIGNALS, type NumericSignalName } from "./signals";

// What a stored scoring model holds: an intercept, a weight and reference per numeric signal, and the
// band thresholds. Shared by the scorer, the model admin API and its contracts.

const numericSignals = SIGNALS.filter((signal) => signal.kind === "numeric").map(
  (signal) => signal.name,
) as NumericSignalName[];

export const scoringModelDefinition = z
  .object({
    intercept: z.number().finite(),
    terms: z.partialRecord(
      z.enum(numericSignals as [NumericSignalName, ...NumericSignalName[]]),
      z.object({ weight: z.number().finite(), reference: z.number().finite() }).strict(),
    ),
    bands: z
      .object({ strong: z.number().min(0).max(100), possible: z.number().min(0).max(100) })
      .strict()
      .refine((bands) => bands.strong > bands.possible, "the strong threshold must be above the possible one"),
  })
  .strict();

export type ScoringModelDefinition = z.infer<typeof scoringModelDefinition>;
