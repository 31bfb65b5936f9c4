export type { JobDetail } from "./job-detail";
export type { JobInput } from "./job-record";
export { listJobs, type JobSummary, type ListJobsInput } from "./list-jobs";
export { createJob, getJob, updateJob, upsertJobByExternalId } from "./save-job";
