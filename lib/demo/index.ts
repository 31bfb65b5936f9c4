// Demo data for a fresh install: users, jobs, candidates and weeks of scoring history.
export { DEMO_ADMIN_EMAIL, DEMO_RECRUITER_EMAIL, seedDemoData } from "./seed";
