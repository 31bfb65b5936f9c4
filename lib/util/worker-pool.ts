import { parentPort, Worker } from "node:worker_threads";

// CPU work that would hold a request's thread for seconds (reading 500 résumés) runs on a few worker
// threads. Workers start when work arrives, up to `size`; an idle worker is unref'd, so it never keeps a
// script or a test alive, and exits after `idleMs`. A task's error is thrown again where the task was
// asked (structured cloning keeps an Error's class — Error, TypeError, RangeError… — message and stack).
// When no worker can start (an entry a build left out, a size of 0), every task runs inline instead.
// A busy worker holds its next task already (QUEUED_PER_WORKER): it starts on it while the asking thread,
// busy with its own work, has not yet taken the last answer.

type Task<I> = { id: number; input: I };
type Reply<O> = { ready: true } | { id: number; ok: true; output: O } | { id: number; ok: false; error: unknown };

export interface WorkerPoolOptions<I, O> {
  /**
   * Starts one worker on an entry that calls serveWorkerTasks. Write it as
   * `new Worker(new URL("./entry.ts", import.meta.url), …)` in the caller's module: bundlers (Turbopack)
   * recognise that form and build the entry into a chunk of its own.
   */
  start: () => Worker;
  /** At most this many workers; 0 runs every task inline. */
  size: number;
  /** The same work on the calling thread, for when no worker can start. */
  inline: (input: I) => O;
  /** An idle worker exits after this long (its start-up work is lost). */
  idleMs?: number;
  /** Told once, when workers turn out to be unavailable and tasks run inline from then on. */
  onUnavailable?: (error: unknown) => void;
}

export interface WorkerPool<I, O> {
  /** Runs the task on a worker (queued while all are busy), or inline when workers are unavailable. */
  run(input: I): Promise<O>;
  /** Lets the tasks asked so far finish, then stops every worker; later tasks run inline. */
  close(): Promise<void>;
  /** How many workers are running now (0 when workers are unavailable). */
  workers(): number;
}

interface Pending<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

interface Slot<I, O> {
  worker: Worker;
  ready: boolean;
  /** The tasks sent to the worker and not answered yet, in the order sent. */
  tasks: (Pending<I, O> & { id: number })[];
  idleTimer: NodeJS.Timeout | null;
}

const DEFAULT_IDLE_MS = 30_000;
const QUEUED_PER_WORKER = 2;

export function workerPool<I, O>(options: WorkerPoolOptions<I, O>): WorkerPool<I, O> {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const queue: Pending<I, O>[] = [];
  const slots = new Set<Slot<I, O>>();
  let nextId = 0;
  let available = options.size > 0;
  let closed = false;
  let drained: (() => void) | null = null;

  const runInline = (input: I) => new Promise<O>((resolve) => resolve(options.inline(input)));

  const idle = () => queue.length === 0 && [...slots].every((slot) => slot.tasks.length === 0);

  function giveUp(error: unknown) {
    if (available) options.onUnavailable?.(error);
    available = false;
    // Tasks the other workers hold are pure work: they run again, inline.
    for (const slot of slots) {
      queue.unshift(...slot.tasks);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      void slot.worker.terminate();
    }
    slots.clear();
    for (const pending of queue.splice(0)) runInline(pending.input).then(pending.resolve, pending.reject);
  }

  function spawn(): Slot<I, O> | null {
    let worker: Worker;
    try {
      worker = options.start();
    } catch (error) {
      giveUp(error);
      return null;
    }
    const slot: Slot<I, O> = { worker, ready: false, tasks: [], idleTimer: null };
    slots.add(slot);
    worker.on("message", (reply: Reply<O>) => {
      if ("ready" in reply) {
        slot.ready = true;
        return;
      }
      const index = slot.tasks.findIndex((task) => task.id === reply.id);
      if (index === -1) return;
      const [task] = slot.tasks.splice(index, 1);
      if (reply.ok) task!.resolve(reply.output);
      else task!.reject(reply.error);
      dispatch();
    });
    worker.on("error", (error) => {
      const sent = slot.tasks.splice(0);
      slots.delete(slot);
      // A worker that failed before it was ready never ran anything: the entry cannot load here.
      if (!slot.ready) {
        queue.unshift(...sent);
        giveUp(error);
        return;
      }
      // The task it was running failed; those sent behind it go to another worker.
      const [running, ...waiting] = sent;
      running?.reject(error);
      queue.unshift(...waiting);
      dispatch();
    });
    worker.on("exit", (code) => {
      if (!slots.delete(slot)) return;
      const [running, ...waiting] = slot.tasks.splice(0);
      running?.reject(new Error(`A worker thread exited (code ${code}) during its task.`));
      queue.unshift(...waiting);
      dispatch();
    });
    return slot;
  }

  function rest(slot: Slot<I, O>) {
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => {
      slots.delete(slot);
      void slot.worker.terminate();
    }, idleMs);
    slot.idleTimer.unref();
  }

  function dispatch() {
    while (available && queue.length > 0) {
      // An idle worker first, then a new one, then one that has room for its next task.
      let slot = [...slots].find((candidate) => candidate.tasks.length === 0);
      if (!slot && slots.size < options.size) slot = spawn() ?? undefined;
      slot ??= [...slots].find((candidate) => candidate.tasks.length < QUEUED_PER_WORKER);
      if (!slot) break;
      const pending = queue.shift()!;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.worker.ref();
      const task = { ...pending, id: nextId++ };
      slot.tasks.push(task);
      slot.worker.postMessage({ id: task.id, input: pending.input } satisfies Task<I>);
    }
    for (const slot of slots) if (slot.tasks.length === 0 && slot.idleTimer === null) rest(slot);
    if (drained && idle()) drained();
  }

  return {
    run(input) {
      if (!available || closed) return runInline(input);
      return new Promise<O>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      if (!idle()) await new Promise<void>((resolve) => (drained = resolve));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
      slots.clear();
    },
    workers: () => slots.size,
  };
}

/**
 * True when this process loads TypeScript source through tsx (the scripts, the tests): a worker's entry is
 * then a .ts file, which Node 20 does not load in a worker even with tsx in its execArgv. A built app runs
 * the chunks Next.js compiled from the entries instead.
 */
export function runsTypeScriptSource(): boolean {
  return process.execArgv.some((argument) => argument === "tsx" || argument.startsWith("tsx/"));
}

/** Starts a worker on a TypeScript entry, registering tsx's loader in the worker first. */
export function typeScriptWorker(entry: URL): Worker {
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** In a worker's entry: answers the pool's tasks with `handle`, and says when it is ready. */
export function serveWorkerTasks<I, O>(handle: (input: I) => O | Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error("serveWorkerTasks runs in a worker thread.");
  port.on("message", async ({ id, input }: Task<I>) => {
    let reply: Reply<O>;
    try {
      reply = { id, ok: true, output: await handle(input) };
    } catch (error) {
      reply = { id, ok: false, error };
    }
    try {
      port.postMessage(reply);
    } catch (cloneError) {
      // An answer or error that cannot be cloned (it holds a function) is an error of its own.
      port.postMessage({ id, ok: false, error: cloneError } satisfies Reply<O>);
    }
  });
  port.postMessage({ ready: true } satisfies Reply<O>);
}
