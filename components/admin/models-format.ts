import type { ModelVersionJson } from "@/lib/contracts/models";

// Numbers of Admin → Models as people read them.

/** How many recent scores a comparison rescores when the page opens. */
export const INITIAL_RECENT = 500;

/** A held-out figure (AUC, Brier, ECE) to three decimals; a dash when there is none. */
export function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toFixed(3);
}

/** A weight with its sign, so "+0.50" and "−0.50" read apart at a glance. */
export function signedWeight(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const rounded = value.toFixed(2);
  if (Number(rounded) === 0) return "0";
  return value > 0 ? `+${rounded}` : `−${rounded.slice(1)}`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? "0 %" : `${((100 * part) / whole).toFixed(1)} %`;
}

/** The held-out figures of a fitted version next to the model active when it was fitted. */
export function heldOutFigures(fit: ModelVersionJson["fit"]) {
  if (!fit) return null;
  const { fitted, active } = fit.held_out_evaluation;
  return { fitted, active, rows: fit.held_out.rows, jobs: fit.held_out.jobs };
}
