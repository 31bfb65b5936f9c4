import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// Graceful shutdown. On SIGTERM/SIGINT Next.js closes its server (in-flight requests finish) and then
// calls process.exit. What those requests leave behind — spans queued for Langfuse, a re-embedding batch
// — would die with that exit, so once a signal has arrived the exit first runs every registered task, for
// at most SHUTDOWN_GRACE_MS. Where no one else handles the signal (a script), it exits after the tasks.

type ShutdownTask = () => Promise<void>;

interface ShutdownState {
  tasks: Map<string, ShutdownTask>;
  installed: boolean;
  signalled: boolean;
  draining: Promise<void> | null;
}

// On globalThis: the start-up hook and the modules that register tasks may be bundled apart.
const holder = globalThis as typeof globalThis & { __shortlistShutdown?: ShutdownState };
const state = (holder.__shortlistShutdown ??= { tasks: new Map(), installed: false, signalled: false, draining: null });

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** Registers (or replaces) work to finish before the process exits. */
export function onShutdown(name: string, task: ShutdownTask): void {
  state.tasks.set(name, task);
}

/** True once SIGTERM/SIGINT arrived: background loops stop taking new work. */
export function shuttingDown(): boolean {
  return state.signalled;
}

/** Runs every registered task once, waiting at most `graceMs`; never throws. */
export function runShutdownTasks(graceMs: number = env().SHUTDOWN_GRACE_MS): Promise<void> {
  state.draining ??= drain(graceMs);
  return state.draining;
}

async function drain(graceMs: number): Promise<void> {
  const tasks = [...state.tasks].map(([name, task]) =>
    task().catch((error: unknown) => log.warn("A shutdown task failed", { task: name, error })),
  );
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), graceMs)));
  const outcome = await Promise.race([Promise.all(tasks).then(() => "done" as const), outOfTime]);
  clearTimeout(timer);
  if (outcome === "timeout") log.warn("Shutdown grace period ran out; exiting with work unfinished", { graceMs });
}

/** Installs the SIGTERM/SIGINT handlers once per process (the server's start-up hook calls it). */
export function installShutdownHandlers(): void {
  if (state.installed) return;
  state.installed = true;
  for (const signal of Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[]) {
    process.on(signal, () => onSignal(signal));
  }
}

function onSignal(signal: keyof typeof EXIT_CODES): void {
  if (state.signalled) return;
  state.signalled = true;
  const exit = process.exit.bind(process);
  const exitAfterTasks = (code: number | string | null | undefined) => {
    void runShutdownTasks().finally(() => exit(code ?? undefined));
  };
  // Next.js exits once its server has drained; that exit now waits for the tasks.
  process.exit = exitAfterTasks as typeof process.exit;
  // Alone with the signal (no server to drain), exit as the signal would have, after the tasks.
  if (process.listenerCount(signal) === 1) exitAfterTasks(EXIT_CODES[signal]);
}
