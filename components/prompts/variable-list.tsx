import { Badge } from "@/components/ui/badge";
import type { TemplateCheck } from "@/lib/vocabulary/prompt-template";

/** The variables the template uses, against the ones the prompt declares, and what blocks saving. */
export function VariableList({ declared, check }: { declared: string[]; check: TemplateCheck }) {
  const missing = declared.filter((name) => !check.variables.includes(name));
  return (
    <div className="mt-4 space-y-2 text-sm" aria-live="polite">
      <div className="flex flex-wrap items-center gap-2" data-testid="template-variables">
        <span className="font-medium text-slate-700">Variables found:</span>
        {check.variables.length === 0 ? <span className="text-slate-500">none</span> : null}
        {check.variables.map((name) => (
          <Badge key={name} tone={declared.includes(name) ? "green" : "red"}>{`{{${name}}}`}</Badge>
        ))}
        {missing.map((name) => (
          <Badge key={`missing-${name}`} tone="amber">{`{{${name}}} missing`}</Badge>
        ))}
      </div>
      {check.problems.length > 0 ? (
        <ul className="list-inside list-disc text-red-700" aria-label="Template problems">
          {check.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : (
        <p className="text-emerald-800">
          The template uses exactly the variables this prompt accepts. Write \{"{{"} for literal braces.
        </p>
      )}
    </div>
  );
}
