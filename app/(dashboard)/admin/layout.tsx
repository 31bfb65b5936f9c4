import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/http/page-guard";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return children;
}
