import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/page-guard";
import { countRecords } from "@/lib/system/count-records";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requireUser();
  const counts = await countRecords();
  const tiles = [
    { label: "Open jobs", value: counts.jobs, href: "/jobs" },
    { label: "Candidates in the pool", value: counts.candidates, href: "/candidates" },
    { label: "Scores this week", value: counts.inferencesThisWeek, href: "/jobs" },
  ];
  return (
    <>
      <PageHeader title={`Welcome, ${user.name.split(" ")[0]}`} description="Your hiring pipeline at a glance." />
      <div className="grid gap-4 sm:grid-cols-3">
        {tiles.map((tile) => (
          <Link key={tile.label} href={tile.href} className="rounded-lg focus-visible:outline-2">
            <Card>
              <p className="text-sm text-slate-600">{tile.label}</p>
              <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{tile.value.toLocaleString("en")}</p>
            </Card>
          </Link>
        ))}
      </div>
    </>
  );
}
