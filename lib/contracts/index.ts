import * as admin from "./admin";
import * as jobs from "./jobs";
import * as providers from "./providers";
import * as system from "./system";
import type { Contract } from "@/lib/http/contract";

/** Every HTTP operation of the API, in the order the OpenAPI document lists them. */
export const allContracts: Contract[] = [
  system.getHealth,
  system.getWhoAmI,
  jobs.listJobs,
  admin.listApiKeys,
  admin.createApiKey,
  admin.revokeApiKey,
  admin.listUsers,
  admin.createUser,
  providers.getProviderOverview,
];
