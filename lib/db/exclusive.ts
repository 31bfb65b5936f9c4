import "server-only";
import { dbDriver } from "@/lib/db";

// At most one run of a job at a time. Within a process an in-memory set answers at once; across
// processes on PostgreSQL a session-level advisory lock does, held on one connection for the whole run.
// PGlite allows a single process, so the in-memory set is enough there.

const running = new Set<string>();

export type ExclusiveOutcome<T> = { ran: true; value: T } | { ran: false };

export async function runExclusive<T>(
  name: string,
  lockKey: number,
  work: () => Promise<T>,
): Promise<ExclusiveOutcome<T>> {
  if (running.has(name)) return { ran: false };
  running.add(name);
  try {
    const driver = dbDriver();
    if (driver.target.kind === "pglite") return { ran: true, value: await work() };
    return await driver.withConnection(async (query) => {
      const [row] = await query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [lockKey]);
      if (!row?.locked) return { ran: false } as const;
      try {
        return { ran: true, value: await work() } as const;
      } finally {
        await query("SELECT pg_advisory_unlock($1)", [lockKey]);
      }
    });
  } finally {
    running.delete(name);
  }
}
