// Runs once when a server process starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  // The build never touches the database: with PGlite only one process may open it.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabase } = await import("@/lib/database/prepare");
  await prepareDatabase();
}
