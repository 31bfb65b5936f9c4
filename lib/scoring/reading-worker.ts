// The entry of a reading worker thread (lib/scoring/reading-pool.ts). Next.js builds it into a chunk of
// its own; it must import nothing that needs the server (database, environment, secrets).
import { serveWorkerTasks } from "@/lib/util/worker-pool";
import { readResumeInFull } from "./read-in-full";

serveWorkerTasks(readResumeInFull);
