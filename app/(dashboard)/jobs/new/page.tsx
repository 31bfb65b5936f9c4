import type { Metadata } from "next";
import { EMPTY_JOB, JobForm } from "@/components/jobs/job-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/http/page-guard";
import { listDepartments } from "@/lib/job-postings";

export const metadata: Metadata = { title: "New job" };

export default async function NewJobPage() {
  await requireUser();
  return (
    <>
      <PageHeader
        title="New job"
        description="Describe the role; Shortlist scores every candidate in the pool against it at once."
      />
      <JobForm initial={EMPTY_JOB} departments={await listDepartments()} />
    </>
  );
}
