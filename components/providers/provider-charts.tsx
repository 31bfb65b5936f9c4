"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ProviderOverviewJson } from "@/lib/contracts/providers";
import { Card } from "@/components/ui/card";

// Charts need the browser (Recharts measures the DOM); the data arrives as props from the server page.

const COLOURS = ["#4f46e5", "#0891b2", "#d97706", "#059669", "#db2777"];

type Daily = ProviderOverviewJson["daily"];

function callsPerDay(days: string[], daily: Daily) {
  return days.map((day) => {
    const rows = daily.filter((row) => row.day === day);
    return {
      day: day.slice(5),
      succeeded: rows.reduce((sum, row) => sum + row.succeeded, 0),
      failed: rows.reduce((sum, row) => sum + row.failed, 0),
    };
  });
}

function p95PerProvider(days: string[], daily: Daily, providers: string[]) {
  return days.map((day) => {
    const point: Record<string, string | number | null> = { day: day.slice(5) };
    for (const provider of providers) {
      point[provider] = daily.find((row) => row.day === day && row.provider === provider)?.p95_latency_ms ?? null;
    }
    return point;
  });
}

export function ProviderCharts({ days, daily }: { days: string[]; daily: Daily }) {
  const providers = [...new Set(daily.map((row) => row.provider))].sort();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Calls per day, by status">
        <div className="h-64" role="img" aria-label="Calls per day over the last 7 days, stacked by status">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={callsPerDay(days, daily)}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} width={40} />
              <Tooltip />
              <Legend />
              <Bar dataKey="succeeded" stackId="calls" fill="#059669" name="Succeeded" />
              <Bar dataKey="failed" stackId="calls" fill="#dc2626" name="Failed" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </Card>
      <Card title="p95 latency per provider (ms)">
        <div className="h-64" role="img" aria-label="95th percentile latency per provider and day">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={p95PerProvider(days, daily, providers)}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" fontSize={12} />
              <YAxis fontSize={12} width={50} />
              <Tooltip />
              <Legend />
              {providers.map((provider, index) => (
                <Line
                  key={provider}
                  type="monotone"
                  dataKey={provider}
                  stroke={COLOURS[index % COLOURS.length]}
                  connectNulls
                  dot
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </Card>
    </div>
  );
}
