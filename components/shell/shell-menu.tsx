"use client";

import { useId, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * The navigation behind a Menu button on phones and tablets; always open as a sidebar from `lg` up.
 * Following a link closes it, so the next page starts with its content, not the menu.
 */
export function ShellMenu({ brand, children }: { brand: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="flex flex-col lg:h-full">
      <div className="flex items-center justify-between gap-3 p-3 lg:p-4 lg:pb-0">
        {brand}
        <button
          type="button"
          className="inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 lg:hidden"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          <MenuIcon open={open} />
          Menu
        </button>
      </div>
      <div
        id={panelId}
        className={cn(
          "flex-col gap-4 border-t border-slate-200 p-3 lg:flex lg:flex-1 lg:border-t-0 lg:p-4",
          open ? "flex" : "hidden",
        )}
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
      {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
    </svg>
  );
}
