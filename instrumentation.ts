// Runs once when a server process starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  // The build never touches the database: with PGlite only one process may open it.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { stampPeerAddresses } = await import("@/lib/http/client-address");
  // Before any request: sign-in limits need the address each request's socket came from.
  stampPeerAddresses();
  const { prepareApp } = await import("@/lib/startup/prepare-app");
  try {
    await prepareApp();
  } catch (error) {
    // A process that cannot prepare (a configuration it cannot serve with, a database it cannot migrate)
    // stops here, saying why, rather than answering requests with 500s and passing health checks.
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Shortlist cannot start. ${reason}`);
    process.exit(1);
  }
}
