import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { credentialsDb } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { SESSION_COOKIE_PREFIX } from "@/lib/vocabulary/session-cookie";
import { trustedOrigins } from "./origins";
import { authSecret } from "./secret";

function createAuth() {
  const origin = appUrl();
  return betterAuth({
    appName: "Shortlist",
    baseURL: origin,
    secret: authSecret(),
    trustedOrigins: trustedOrigins(),
    database: prismaAdapter(credentialsDb(), { provider: "postgresql" }),
    // Accounts are created by admins (or the demo seed), never by self-service sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    user: { additionalFields: { role: { type: "string", input: false, defaultValue: "RECRUITER" } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: true, window: 60, max: 600, customRules: { "/sign-in/email": { window: 60, max: 20 } } },
    advanced: { cookiePrefix: SESSION_COOKIE_PREFIX },
    telemetry: { enabled: false },
  });
}

type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as typeof globalThis & { __shortlistAuth?: Auth };

/** better-auth, configured once per process on first use (it needs the environment and the database). */
export function getAuth(): Auth {
  holder.__shortlistAuth ??= createAuth();
  return holder.__shortlistAuth;
}
