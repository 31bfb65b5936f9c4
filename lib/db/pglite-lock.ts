import "server-only";
import fs from "node:fs";

// PGlite has no postmaster: two processes opening the same data directory would corrupt it.
// A lock file holding the owner's pid keeps a CLI from opening the database under a running server.

export function acquirePgliteLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => {
        if (readOwner(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockFile);
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The embedded database at ${dataDir} is in use by process ${owner} (is \`npm run dev\` or \`npm start\` running?). ` +
            "Stop it first, or run this against PostgreSQL with DATABASE_URL.",
          { cause: error },
        );
      }
      fs.rmSync(lockFile, { force: true }); // left behind by a process that no longer exists
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}.`);
}

function readOwner(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockFile, "utf8"), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
