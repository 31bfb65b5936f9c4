import type { MatchRationale, RationaleInput } from "@/lib/vocabulary/extraction";
import { SIGNAL_BY_NAME } from "@/lib/vocabulary/signals";

const label = (signal: string) => SIGNAL_BY_NAME.get(signal)?.label.toLowerCase() ?? signal.replace(/_/g, " ");
const skills = (list: readonly string[]) => list.map((skill) => skill.replace(/_/g, " ")).join(", ");

/** A plain-language reading of a score from its own numbers: what the built-in provider answers. */
export function draftRationale(input: RationaleInput): MatchRationale {
  const verdict =
    { strong: "a strong match", possible: "a possible match", weak: "a weak match" }[input.band] ??
    `rated ${input.band}`;
  const summary = [
    `Scored ${input.score.toFixed(0)} of 100: ${verdict}.`,
    input.matched_skills.length > 0
      ? `Has ${input.matched_skills.length} of the required skills (${skills(input.matched_skills.slice(0, 6))}).`
      : "",
    input.missing_skills.length > 0
      ? `Missing ${skills(input.missing_skills.slice(0, 6))}.`
      : "Has every required skill.",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    summary,
    strengths: input.top_positive
      .filter((item) => item.contribution > 0)
      .slice(0, 5)
      .map((item) => `Raised by ${label(item.signal)}`),
    gaps: input.top_negative
      .filter((item) => item.contribution < 0)
      .slice(0, 5)
      .map((item) => `Lowered by ${label(item.signal)}`),
  };
}
