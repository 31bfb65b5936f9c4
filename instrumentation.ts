// Runs once when a server process starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  // The build never touches the database: with PGlite only one process may open it.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { stampPeerAddresses } = await import("@/lib/http/client-address");
  // Before any request: sign-in limits need the address each request's socket came from.
  stampPeerAddresses();
  // Node-only code (process.exit) stays in modules this runtime check guards: this file is also compiled
  // for the Edge runtime, which warns about it.
  const { prepareServerOrExit } = await import("@/lib/startup/prepare-app");
  await prepareServerOrExit();
}
