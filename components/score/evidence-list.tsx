"use client";

import { skillLabel } from "@/components/ui/format";
import { useEvidence } from "./queries";

/** The résumé lines that state each required skill, the skill's words marked. */
export function EvidenceList({
  inferenceId,
  resumeText,
  skills,
}: {
  inferenceId: string;
  resumeText: string;
  skills: string[];
}) {
  const evidence = useEvidence(inferenceId, resumeText, skills);
  if (!evidence.data || evidence.data.items.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        {evidence.isFetching ? "Looking for mentions…" : "The résumé text does not state the required skills."}
      </p>
    );
  }
  return (
    <ul className="space-y-2 text-sm">
      {evidence.data.items.map((item, index) => (
        <li key={`${item.skill}-${index}`}>
          <span className="text-xs font-semibold uppercase tracking-wide text-emerald-700">
            {skillLabel(item.skill)}
          </span>
          <p className="text-slate-700">
            <Highlighted text={item.snippet} skill={item.skill} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The snippet with the skill's words marked: whole words only ("SQL" is not marked inside "PostgreSQL"). */
function Highlighted({ text, skill }: { text: string; skill: string }) {
  const words = skillLabel(skill)
    .split(" ")
    .filter((word) => word.length > 1)
    .map((word) => (word.length > 4 ? word.replace(/e$/, "") : word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return <>{text}</>;
  // A word and its inflections (purchase → purchased, purchasing), never the middle of a longer word.
  const parts = text.split(
    new RegExp(`(?<![\\p{L}\\p{N}])((?:${words.join("|")})[\\p{L}]{0,4})(?![\\p{L}\\p{N}])`, "giu"),
  );
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="rounded bg-amber-100 px-0.5 text-slate-900">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
