import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/http/page-guard";

export default async function AdminPage() {
  await requireAdmin();
  redirect("/admin/api-keys");
}
