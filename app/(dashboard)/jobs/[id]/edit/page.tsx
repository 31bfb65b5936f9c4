import type { Metadata } from "next";
import { JobForm } from "@/components/jobs/job-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireUser } from "@/lib/http/page-guard";
import { getJob, listDepartments } from "@/lib/job-postings";

export const metadata: Metadata = { title: "Edit job" };

export default async function EditJobPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const job = await orNotFound(getJob({ input: { id } }));
  return (
    <>
      <PageHeader title={`Edit ${job.title}`} />
      <JobForm
        jobId={job.id}
        departments={await listDepartments()}
        initial={{
          title: job.title,
          department: job.department,
          location: job.location ?? "",
          description: job.description,
          requiredTechSkills: job.requiredTechSkills,
          requiredSoftSkills: job.requiredSoftSkills,
          niceToHaveSkills: job.niceToHaveSkills,
          targetSeniority: job.targetSeniority ?? "",
        }}
      />
    </>
  );
}
