/** Prefix of the session cookie (`shortlist.session_token`); shared by better-auth and the proxy. */
export const SESSION_COOKIE_PREFIX = "shortlist";
