import fs from "node:fs";
import path from "node:path";
import type { RouteHandler } from "@/lib/http/route";

const API_DIR = path.join(process.cwd(), "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** better-auth serves its own endpoints (sign-in, sign-out, session) and rate-limits them itself. */
export const LIBRARY_ROUTE_FILES = ["auth/[...all]/route.ts"];

export interface DiscoveredRoute {
  file: string;
  method: (typeof METHODS)[number];
  /** OpenAPI-style path derived from the file location, e.g. `/api/admin/api-keys/{id}`. */
  path: string;
  handler: RouteHandler;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** Every route handler under app/api, imported the way Next.js would load it. */
export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const routes: DiscoveredRoute[] = [];
  for (const file of routeFiles(API_DIR)) {
    const relative = path.relative(API_DIR, file);
    if (LIBRARY_ROUTE_FILES.includes(relative)) continue;
    const urlPath = `/api/${path.dirname(relative)}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/\.$/, "");
    const module = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = module[method] as RouteHandler | undefined;
      if (handler) routes.push({ file: relative, method, path: urlPath, handler });
    }
  }
  return routes;
}

/** Values for every path parameter our routes use, naming records that do not exist. */
export const MADE_UP_PARAMS: Record<string, string> = {
  id: "does-not-exist",
  candidate_id: "does-not-exist",
  external_id: "does-not-exist",
  version: "does-not-exist",
  name: "does-not-exist",
  label: "does-not-exist",
};
