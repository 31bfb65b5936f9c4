import type { ReactNode } from "react";
import { QueryProvider } from "@/components/query/query-provider";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/http/page-guard";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <QueryProvider>
      <AppShell user={user}>{children}</AppShell>
    </QueryProvider>
  );
}
