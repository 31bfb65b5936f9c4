import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { credentialsDb } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { SESSION_COOKIE_PREFIX } from "@/lib/vocabulary/session-cookie";
import { CLIENT_ADDRESS_HEADER } from "./client-address-header";
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
    // Sign-in is limited in the database by lib/auth/sign-in-throttle.ts (every instance sees the same
    // counts); better-auth's own limiter is per process and keyed on whatever address it is told.
    rateLimit: { enabled: false },
    // The address the edge resolved (lib/http/client-address.ts), recorded on sessions; no client sets it.
    advanced: { cookiePrefix: SESSION_COOKIE_PREFIX, ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
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
