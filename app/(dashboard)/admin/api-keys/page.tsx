import type { Metadata } from "next";
import { ApiKeysPanel } from "@/components/admin/api-keys-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/http/page-guard";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let an applicant-tracking system call the Shortlist API with `Authorization: Bearer <key>`. A key is shown once; only its hash is stored."
      />
      <ApiKeysPanel />
    </>
  );
}
