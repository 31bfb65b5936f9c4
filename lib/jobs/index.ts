export { listJobs, type JobSummary, type ListJobsInput } from "./list-jobs";
