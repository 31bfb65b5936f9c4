import type { z } from "zod";
import type { reasonJson } from "@/lib/vocabulary/score-response";
import { cn } from "@/components/ui/cn";

type Reason = z.infer<typeof reasonJson>;

/** The contributions that moved a score most, in words: ▲ raised it, ▼ lowered it. */
export function ReasonList({ reasons, className }: { reasons: readonly Reason[]; className?: string }) {
  return (
    <ul className={cn("space-y-0.5 text-sm", className)}>
      {reasons.map((reason) => (
        <li key={reason.signal} className="flex gap-1.5">
          <span aria-hidden="true" className={reason.direction === "up" ? "text-emerald-700" : "text-red-700"}>
            {reason.direction === "up" ? "▲" : "▼"}
          </span>
          <span>
            <span className="sr-only">{reason.direction === "up" ? "Raised by: " : "Lowered by: "}</span>
            {reason.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
