"use client";

import type { ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

/**
 * A chart with a fixed height reserved before it draws (no layout shift), and a text alternative for
 * screen readers: charts are pictures of numbers that are also given as words.
 */
export function ChartFrame({ height, label, children }: { height: number; label: string; children: ReactNode }) {
  return (
    <figure className="w-full" style={{ height }} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        {children as React.ReactElement}
      </ResponsiveContainer>
    </figure>
  );
}
