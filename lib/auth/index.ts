// Who is calling: sessions, API keys and the actor every domain function receives.
export { type Actor, type UserActor, callerKey } from "./actor";
export { type ApiKeySummary, authenticateApiKey, revokeApiKey, createApiKey, listApiKeys } from "./api-keys";
export { getSessionUser } from "./session";
export { safeNextPath } from "./next-path";
export { getAuth } from "./better-auth";
export { crossSiteWriteReason, trustedOrigins } from "./origins";
