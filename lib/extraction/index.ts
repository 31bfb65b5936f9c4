export { extractJobRequirements } from "./job";
export { extractResume } from "./resume";
