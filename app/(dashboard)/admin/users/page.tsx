import type { Metadata } from "next";
import { UsersPanel } from "@/components/admin/users-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/http/page-guard";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Users"
        description="People who sign in to Shortlist. Recruiters score and review; admins also manage prompts, keys and users."
      />
      <UsersPanel />
    </>
  );
}
