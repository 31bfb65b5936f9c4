import type { Metadata } from "next";
import Link from "next/link";
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
        description={
          <>
            Keys let an applicant-tracking system call the Shortlist API with the header{" "}
            <code className="font-mono text-slate-800">Authorization: Bearer &lt;key&gt;</code>. A key is shown once;
            only its hash is stored. The{" "}
            <Link href="/docs/api" className="text-brand-700 underline">
              API reference
            </Link>{" "}
            has an example of every operation and lets you try them with a key.
          </>
        }
      />
      <ApiKeysPanel />
    </>
  );
}
