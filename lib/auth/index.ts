// Who is calling: sessions, API keys and the actor every domain function receives.
export { type Actor, actorName, actorUserId, callerKey, type UserActor } from "./actor";
export { type ApiKeySummary, authenticateApiKey, revokeApiKey, createApiKey, listApiKeys } from "./api-keys";
export { getSessionUser } from "./session";
export { safeNextPath } from "./next-path";
export { getAuth } from "./better-auth";
export { crossSiteWriteReason, trustedOrigins } from "./origins";
export { admitSignIn, recordSignIn, SIGN_IN_LIMITS, type SignInRefusal } from "./sign-in-throttle";
export { CLIENT_ADDRESS_HEADER } from "./client-address-header";
