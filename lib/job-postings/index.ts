export type { JobDetail } from "./job-detail";
export type { JobInput } from "./job-record";
export { listJobs, type JobListItem, type JobSummary, type ListJobsInput } from "./list-jobs";
export { createJob, getJob, updateJob, upsertJobByExternalId } from "./save-job";
export { listDepartments } from "./list-departments";
export { listScoringJobs, type ScoringJob } from "./scoring-jobs";
export { jobRecords } from "./job-record";
