export { extractJobRequirements } from "./job";
export { draftRationale } from "./rationale";
export { extractResume } from "./resume";
