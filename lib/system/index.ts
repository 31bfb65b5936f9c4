// Health of the service.
export { type Health, checkHealth } from "./check-health";
