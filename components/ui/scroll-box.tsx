import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A box that scrolls its wide or tall content inside itself, so the page never scrolls sideways.
 * It is its content's containing block (visually hidden text, `position: absolute`, cannot escape it)
 * and a named tab stop, so keyboard users can scroll it too.
 */
export function ScrollBox({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("relative overflow-auto", className)}>
      {children}
    </div>
  );
}
