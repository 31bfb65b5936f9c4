import type { SelectHTMLAttributes } from "react";
import { inputClass } from "./field";
import { FieldShell } from "./field-shell";

export function SelectField({
  label,
  options,
  error,
  hint,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
}) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <select className={inputClass} {...control} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
