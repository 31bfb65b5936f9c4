import type { TextareaHTMLAttributes } from "react";
import { inputClass } from "./field";
import { FieldShell } from "./field-shell";

export function TextareaField({
  label,
  error,
  hint,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string; hint?: string }) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(control) => <textarea className={inputClass} {...control} {...props} />}
    </FieldShell>
  );
}
