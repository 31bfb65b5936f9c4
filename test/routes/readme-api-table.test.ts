import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allContracts } from "@/lib/contracts";
import type { AuthPolicy } from "@/lib/http/contract";

// The README's API table is what integrators read: every operation it names must exist with exactly the
// callers it states, and every operation of the API must be in it.

interface Row {
  operations: string[];
  who: string;
}

function apiTableRows(): Row[] {
  const readme = fs.readFileSync(path.join(process.cwd(), "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## API\n"), readme.indexOf("\n## Scoring\n"));
  return section
    .split("\n")
    .filter((line) => /^\| `(GET|POST|PUT|PATCH|DELETE)/.test(line))
    .map((line) => {
      const [, first = "", who = ""] = line.split(/ \| |^\| | \|$/);
      const operations = [...first.matchAll(/`([A-Z/]+) (\/api\/[^`?\s]+)[^`]*`/g)].flatMap(([, methods, route]) =>
        methods!.split("/").map((method) => `${method} ${route}`),
      );
      return { operations, who: who.trim() };
    });
}

/** The README's wording for each policy. */
function describePolicy(policy: AuthPolicy): string {
  if (policy === "public") return "anyone";
  if (policy === "cron") return "scheduler: `Authorization: Bearer $CRON_SECRET`";
  const key = policy.apiKey === "any" ? "any valid key" : policy.apiKey ? `key with \`${policy.apiKey}\`` : null;
  const session = policy.session === "ADMIN" ? "admin session" : policy.session ? "session" : null;
  return [session, key].filter(Boolean).join(", or ");
}

describe("README API table", () => {
  const rows = apiTableRows();
  const documented = new Map(rows.flatMap((row) => row.operations.map((operation) => [operation, row.who])));

  it("is one table that names operations", () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it.each(allContracts.map((contract) => [`${contract.method} ${contract.path}`, contract] as const))(
    "%s is documented with the callers its route accepts",
    (operation, contract) => {
      const who = documented.get(operation);
      expect(who, `${operation} is missing from the README's API table`).toBeDefined();
      expect(who!.replace(/ \(any role\)/, "").replace(/;.*$/, "")).toBe(describePolicy(contract.auth));
    },
  );

  it("names no operation the API does not have", () => {
    const real = new Set(allContracts.map((contract) => `${contract.method} ${contract.path}`));
    expect([...documented.keys()].filter((operation) => !real.has(operation))).toEqual([]);
  });
});
