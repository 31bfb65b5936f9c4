// Figures for the recruiter's overview page.
export { getOverview } from "./overview";
