import type { Metadata } from "next";
import { ModelActivationTrail } from "@/components/admin/models-activation-trail";
import { ModelVersionsTable } from "@/components/admin/models-versions-table";
import { PageHeader } from "@/components/ui/page-header";
import { presentActivation, presentModelVersion } from "@/lib/contracts/models";
import { requireAdmin } from "@/lib/http/page-guard";
import { listModelActivations, listModelVersions } from "@/lib/scoring";

export const metadata: Metadata = { title: "Scoring models" };

export default async function ModelsPage() {
  await requireAdmin();
  const [versions, activations] = await Promise.all([
    listModelVersions(),
    listModelActivations({ input: { limit: 50 } }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Scoring models"
        description={
          <>
            The weights that turn signals into a score. <code>npm run model:fit</code> fits new weights to the recorded
            outcomes and stores them here as an inactive version, with how they measured on jobs the fit never saw next
            to the model active then. Compare a version with the active one on recent scores before activating it.
          </>
        }
      />
      <ModelVersionsTable versions={versions.map(presentModelVersion)} />
      <section className="space-y-3">
        <h2 className="text-base font-semibold text-slate-900">Activation history</h2>
        <ModelActivationTrail activations={activations.map(presentActivation)} />
      </section>
    </div>
  );
}
