export { extractJobRequirements } from "./job";
export { draftRationale } from "./rationale";
export { extractResume } from "./resume";
export { locationFrom, placeKey } from "./location";
export { minimumYears, seniorityFromTitleWords, seniorityFromYears, statedSeniority } from "./seniority";
export { roleOccupations, type RoleOccupation } from "./titles";
