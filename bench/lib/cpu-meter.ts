import fs from "node:fs";

// CPU time spent in a phase of a benchmark, robust to the machine's load where throughput is not: this
// process (the app and the load generator's worker thread; PGlite runs here too) and the PostgreSQL
// backends serving the scratch database, read from /proc when the server runs on this machine.

export interface CpuSpent {
  /** This process, µs (user + system). */
  process: number;
  /**
   * The process's main thread alone, µs; null where /proc cannot tell. The app's JavaScript runs there, so
   * a route is bound by it when it nears the phase's wall time, however many cores stand idle.
   */
  mainThread: number | null;
  /** The scratch database's PostgreSQL backends, µs; null when they cannot be read (PGlite, a remote server). */
  database: number | null;
}

type Driver = { target: { kind: "postgres" | "pglite" }; query<T>(sql: string): Promise<T[]> };

const TICK_US = 10_000; // /proc/<pid>/stat counts clock ticks of 1/100 s (USER_HZ)

function backendMicros(pid: number): number | null {
  return statMicros(`/proc/${pid}/stat`);
}

/** The user and system time a /proc stat file counts, µs; null when it cannot be read. */
function statMicros(file: string): number | null {
  try {
    const stat = fs.readFileSync(file, "utf8");
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_US;
  } catch {
    return null;
  }
}

async function backendTimes(driver: Driver): Promise<Map<number, number> | null> {
  // PGlite's "backend" is this process, already counted (its pid in pg_stat_activity is no process here).
  if (driver.target.kind !== "postgres") return null;
  const rows = await driver
    .query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)
    .catch(() => []);
  const times = new Map<number, number>();
  for (const { pid } of rows) {
    const micros = backendMicros(pid);
    if (micros !== null) times.set(pid, micros);
  }
  return times.size > 0 ? times : null;
}

/** Starts measuring; the returned function gives the CPU spent since (backends that closed meanwhile are not counted). */
export async function startCpuMeter(driver: Driver): Promise<() => Promise<CpuSpent>> {
  const before = await backendTimes(driver);
  // The main thread's task id is the process id.
  const mainThread = () => statMicros(`/proc/self/task/${process.pid}/stat`);
  const mainBefore = mainThread();
  const processBefore = process.cpuUsage();
  return async () => {
    const spent = process.cpuUsage(processBefore);
    const mainAfter = mainThread();
    const after = before && (await backendTimes(driver));
    let database: number | null = null;
    if (before && after) {
      database = 0;
      for (const [pid, micros] of after) database += micros - (before.get(pid) ?? 0);
    }
    return {
      process: spent.user + spent.system,
      mainThread: mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore,
      database,
    };
  };
}
