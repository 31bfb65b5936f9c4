import type { ReactNode } from "react";
import { cn } from "./cn";

export function Alert({ tone = "error", children }: { tone?: "error" | "info" | "success"; children: ReactNode }) {
  const tones = {
    error: "bg-red-50 text-red-800 ring-red-200",
    info: "bg-brand-50 text-brand-900 ring-brand-100",
    success: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  };
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("rounded-md px-4 py-3 text-sm ring-1", tones[tone])}
    >
      {children}
    </div>
  );
}
