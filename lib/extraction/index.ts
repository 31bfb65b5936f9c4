export { extractJobRequirements } from "./job";
export { draftRationale } from "./rationale";
export { extractResume } from "./resume";
export { locationFrom, placeKey } from "./location";
export { seniorityFromTitleWords } from "./seniority";
export { roleOccupations, type RoleOccupation } from "./titles";
