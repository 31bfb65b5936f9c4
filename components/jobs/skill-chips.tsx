import { skillLabel } from "@/components/ui/format";

/** Required skills as chips: the ones a candidate has (✓) and the ones missing (✕). */
export function SkillChips({ matched, missing }: { matched: string[]; missing: string[] }) {
  return (
    <div className="flex flex-wrap gap-1">
      {matched.map((skill) => (
        <span
          key={skill}
          className="whitespace-nowrap rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200"
        >
          ✓ {skillLabel(skill)}
        </span>
      ))}
      {missing.map((skill) => (
        <span
          key={skill}
          className="whitespace-nowrap rounded-full bg-white px-2 py-0.5 text-xs font-medium text-red-700 ring-1 ring-red-200"
        >
          <span aria-hidden="true">✕ </span>
          <span className="sr-only">missing </span>
          {skillLabel(skill)}
        </span>
      ))}
    </div>
  );
}
