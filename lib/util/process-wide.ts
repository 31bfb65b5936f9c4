// Next.js bundles the server's entries apart (instrumentation, route handlers, server components), so a
// module several of them import runs once in each, and its module-level state with it: the skill and
// occupation indexes were built twice in one process, and warming them at start warmed only one copy.
// What is costly to build and the same for every copy is kept once per thread (a worker thread has a
// globalThis of its own), on globalThis under a name.

const holder = globalThis as typeof globalThis & { __shortlistProcessWide?: Map<string, unknown> };

/** The value kept under `name` in this thread, made by `create` the first time any copy asks. */
export function processWide<T>(name: string, create: () => T): T {
  const values = (holder.__shortlistProcessWide ??= new Map<string, unknown>());
  if (!values.has(name)) values.set(name, create());
  return values.get(name) as T;
}
