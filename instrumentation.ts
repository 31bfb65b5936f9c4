// Runs once when a server process starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  // The build never touches the database: with PGlite only one process may open it.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareApp } = await import("@/lib/startup/prepare-app");
  await prepareApp();
}
