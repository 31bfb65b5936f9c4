import type { ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";

/** An inline "are you sure?" before a change everyone feels (a model or label moved): say it, then confirm. */
export function ConfirmBar({
  label,
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
  onCancel,
  className,
  children,
}: {
  /** The dialog's accessible name, e.g. "Confirm activation". */
  label: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  className?: string;
  /** What will happen, in words. */
  children: ReactNode;
}) {
  return (
    <div
      role="alertdialog"
      aria-label={label}
      className={cn(
        "flex flex-wrap items-center gap-3 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200",
        className,
      )}
    >
      <span>{children}</span>
      <Button onClick={onConfirm} disabled={pending}>
        {pending ? pendingLabel : confirmLabel}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
