// npm run bench:sync [-- <count>] — creating a candidate pool through the sync API: <count> candidates sent to
// PUT /api/candidates/batch in batches of 500, against the single-item PUT /api/candidates/external/{id} on
// a sample, both measured in the same run with the same number of requests in flight, and against reading
// the résumés alone (what every write must do first): on one thread, and as a batch reads them (on the
// reading worker threads, with the gateway and traces, no write); then <count> parsed profiles with no
// résumé (the write path alone), and the same profiles again (each replaces a known candidate). Route handlers are called in
// process with real Requests (authentication, body parsing and validation included). PostgreSQL when
// DATABASE_URL is set, PGlite otherwise, on a scratch database dropped afterwards. Every résumé is distinct.
import { performance as nodePerformance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { availableDatabases, isDatabaseKind, onScratchDatabase, runBench, runPerDatabase } from "./lib/bench-process";
import type { DemoCandidate } from "@/lib/demo/generate";
import { ms } from "./lib/format";

const DEFAULT_COUNT = 20_000;
const BATCH = 500;
const SINGLE_SAMPLE = 1_000;
const READING_SAMPLE = 1_000;
// Two requests at a time: the machine has two cores, and the database needs its share of them.
const IN_FLIGHT = 2;
const ORIGIN = "http://localhost:3000";

async function main() {
  const [target, argument] = process.argv.slice(2);
  if (isDatabaseKind(target)) return runOn(target, Number(argument) || DEFAULT_COUNT);
  const count = Number(target) || DEFAULT_COUNT;
  // One database: PostgreSQL when there is one.
  runPerDatabase(fileURLToPath(import.meta.url), () => [`${count}`], availableDatabases().slice(0, 1));
}

async function runOn(kind: "pglite" | "postgres", count: number) {
  // A caller may run one batch at a time by default; an integration filling a pool asks for IN_FLIGHT.
  process.env.BATCH_MAX_CONCURRENT_PER_CALLER = String(IN_FLIGHT);
  return onScratchDatabase(kind, async (database) => {
    const { db, dbDriver } = await import("@/lib/db");
    const { applyPendingMigrations } = await import("@/lib/migrate/apply");
    const { ensureDefaultModel } = await import("@/lib/scoring");
    const { createApiKey } = await import("@/lib/auth/api-keys");
    const { candidateRecords } = await import("@/lib/candidates");
    const { readingWorkers, readResumeInFull } = await import("@/lib/scoring");
    const { generateDemoCandidates } = await import("@/lib/demo/generate");
    const { PUT: batchRoute } = await import("@/app/api/candidates/batch/route");
    const { PUT: singleRoute } = await import("@/app/api/candidates/external/[external_id]/route");
    await applyPendingMigrations(dbDriver());
    await ensureDefaultModel();
    const ctx = { kind: "system", name: "bench" } as const;
    const { key } = await createApiKey({ ctx, input: { name: "bench", scopes: ["sync"] } });
    const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };

    // Who the candidate is, as every item says it. Each batch is generated from its own seed, so a run of
    // any size holds only a batch at a time.
    const demoItems = <T>(
      seed: number,
      size: number,
      prefix: string,
      rest: (candidate: DemoCandidate, id: string) => T,
    ) =>
      generateDemoCandidates(new Date("2026-12-01T00:00:00Z"), size, seed).map((candidate, index) => {
        const externalId = `${prefix}-${seed}-${index}`;
        return {
          external_id: externalId,
          full_name: candidate.fullName,
          email: candidate.email,
          location: candidate.location,
          ...rest(candidate, externalId),
        };
      });
    // What an ATS sends: the résumé; the server reads skills and levels from it. A line naming the ATS
    // record keeps every résumé distinct, so no reading comes from a cache.
    const candidatesOf = (seed: number, size: number, prefix: string) =>
      demoItems(seed, size, prefix, (candidate, id) => ({ resume_text: `${candidate.resumeText}\nATS record ${id}` }));
    // The write path alone: profiles an ATS already parsed, with no résumé to read.
    const profilesOf = (seed: number, size: number, prefix: string) =>
      demoItems(seed, size, prefix, (candidate) => ({
        seniority: candidate.seniority,
        years_experience_range: candidate.yearsExperienceRange,
        education_level: candidate.educationLevel,
        technical_skills: candidate.technicalSkills,
        soft_skills: candidate.softSkills,
        tools: candidate.tools,
      }));
    const send = async (route: typeof batchRoute, path: string, body: unknown, params: Record<string, string>) => {
      const request = new Request(`${ORIGIN}${path}`, { method: "PUT", headers, body: JSON.stringify(body) });
      const response = await route(request, { params: Promise.resolve(params) });
      if (response.status !== 200 && response.status !== 201) {
        throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
      }
      return response.json() as Promise<{ created?: number; updated?: number; failed?: number }>;
    };
    const inFlight = async (tasks: number, run: (task: number) => Promise<void>) => {
      let next = 0;
      const worker = async () => {
        while (next < tasks) await run(next++);
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    };

    // Warm-up: JIT, connection pool, the readers' tables.
    await send(batchRoute, "/api/candidates/batch", { items: candidatesOf(1, 50, "warm") }, {});

    // Reading alone: on this thread (what every write did before the reading pool), and as a batch writes
    // it (the pool, the gateway's builtin answer, embeddings, traces) without the database write.
    const readingTexts = candidatesOf(2, READING_SAMPLE, "read");
    // The warm-up read on the pool's threads: this thread builds its readers' indexes now, untimed.
    for (const item of candidatesOf(5, 20, "warm")) readResumeInFull(item.resume_text);
    const onThread = performance.now();
    for (const item of readingTexts) readResumeInFull(item.resume_text);
    const onThreadPerSecond = READING_SAMPLE / ((performance.now() - onThread) / 1000);
    const reading = performance.now();
    await candidateRecords({
      ctx,
      inputs: candidatesOf(4, READING_SAMPLE, "read").map((item) => ({
        fullName: item.full_name,
        resumeText: item.resume_text,
      })),
    });
    const readingPerSecond = READING_SAMPLE / ((performance.now() - reading) / 1000);

    const sample = candidatesOf(3, SINGLE_SAMPLE, "single");
    const single = performance.now();
    await inFlight(sample.length, async (index) => {
      const { external_id: externalId, ...body } = sample[index]!;
      await send(singleRoute, `/api/candidates/external/${externalId}`, body, { external_id: externalId });
    });
    const singleMs = performance.now() - single;

    let created = 0;
    let updated = 0;
    let failed = 0;
    // CPU time of this process (every thread) and the request thread's busy time, per candidate: robust to
    // a shared machine's load, which stretches wall time.
    const cost = { cpuMs: 0, busyMs: 0 };
    const sync = async (items: typeof candidatesOf | typeof profilesOf, prefix: string) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const loop = nodePerformance.eventLoopUtilization();
      const tenths = byTenth(count);
      await inFlight(Math.ceil(count / BATCH), async (batch) => {
        const size = Math.min(BATCH, count - batch * BATCH);
        const answer = await send(
          batchRoute,
          "/api/candidates/batch",
          { items: items(1000 + batch, size, prefix) },
          {},
        );
        created += answer.created ?? 0;
        updated += answer.updated ?? 0;
        failed += answer.failed ?? 0;
        const ended = tenths.sent(size);
        if (ended) process.stdout.write(`\r${database.label}, ${prefix}: ${ended}   `);
      });
      const used = process.cpuUsage(cpu);
      const wall = performance.now() - started;
      Object.assign(cost, {
        cpuMs: (used.user + used.system) / 1000 / count,
        busyMs: (nodePerformance.eventLoopUtilization(loop).utilization * wall) / count,
      });
      return { wall, tenths: tenths.rates };
    };
    const { wall: batchMs, tenths: batchTenths } = await sync(candidatesOf, "sync");
    const batchCost = { ...cost };
    const { wall: profilesMs } = await sync(profilesOf, "profile");
    // The same profiles again: every item replaces a known candidate (one UPDATE … FROM (VALUES …) a batch).
    const { wall: replacedMs } = await sync(profilesOf, "profile");
    const stored = await db.candidate.count({
      where: { OR: [{ externalId: { startsWith: "sync-" } }, { externalId: { startsWith: "profile-" } }] },
    });

    const singleRate = SINGLE_SAMPLE / (singleMs / 1000);
    const batchRate = count / (batchMs / 1000);
    console.log(
      `\n\n== Creating ${count.toLocaleString("en")} candidates on ${database.label}, ${IN_FLIGHT} requests in flight ==`,
    );
    console.table({
      [`single PUT (${SINGLE_SAMPLE.toLocaleString("en")} candidates)`]: {
        "candidates/s": Math.round(singleRate),
        time: ms(singleMs),
      },
      [`batch PUT, ${BATCH} a request`]: { "candidates/s": Math.round(batchRate), time: ms(batchMs) },
      [`batch PUT, parsed profiles (no résumé)`]: {
        "candidates/s": Math.round(count / (profilesMs / 1000)),
        time: ms(profilesMs),
      },
      [`batch PUT, the same profiles again (replaced)`]: {
        "candidates/s": Math.round(count / (replacedMs / 1000)),
        time: ms(replacedMs),
      },
      [`reading alone, one thread (${READING_SAMPLE.toLocaleString("en")} résumés)`]: {
        "candidates/s": Math.round(onThreadPerSecond),
        time: ms((READING_SAMPLE / onThreadPerSecond) * 1000),
      },
      [`reading as a batch does, no write (${READING_SAMPLE.toLocaleString("en")} résumés)`]: {
        "candidates/s": Math.round(readingPerSecond),
        time: ms((READING_SAMPLE / readingPerSecond) * 1000),
      },
    });
    console.log(
      `batch with résumés, per candidate: ${batchCost.cpuMs.toFixed(2)} ms of CPU (all threads), request thread busy ${batchCost.busyMs.toFixed(2)} ms`,
    );
    console.log(
      `batch with résumés as the pool grew (candidates/s up to each size): ${batchTenths
        .map(({ upTo, perSecond }) => `${upTo.toLocaleString("en")}: ${Math.round(perSecond).toLocaleString("en")}`)
        .join(", ")}`,
    );
    console.log(`batch / single: ${(batchRate / singleRate).toFixed(2)}×   (target ≥ 1,000 candidates/s)`);
    console.log(`batch / reading alone on one thread: ${(batchRate / onThreadPerSecond).toFixed(2)}`);
    console.log(
      `batch / reading as a batch does: ${(batchRate / readingPerSecond).toFixed(2)}   (near 1: reading is the bound)`,
    );
    console.log(`reading worker threads: ${readingWorkers()}`);
    console.log(
      `created ${created}, replaced ${updated}, failed ${failed}, rows stored ${stored} → ${stored === 2 * count ? "none lost" : `MISMATCH (${2 * count - stored})`}`,
    );
    if (stored !== 2 * count || updated !== count || failed > 0) process.exitCode = 1;
  });
}

/** The rate of each tenth of a phase of `count` candidates as they are sent: whether it holds as the pool grows. */
function byTenth(count: number) {
  const tenth = Math.max(BATCH, Math.ceil(count / 10 / BATCH) * BATCH);
  const rates: { upTo: number; perSecond: number }[] = [];
  let done = 0;
  let tenthStarted = performance.now();
  return {
    rates,
    /** Counts `size` more sent; when that ends a tenth, a line of progress with its rate. */
    sent(size: number): string | null {
      done += size;
      if (done < count && Math.floor(done / tenth) === Math.floor((done - size) / tenth)) return null;
      const upTo = done === count ? count : Math.floor(done / tenth) * tenth;
      const since = upTo - (rates.at(-1)?.upTo ?? 0);
      const now = performance.now();
      const perSecond = since / ((now - tenthStarted) / 1000);
      rates.push({ upTo, perSecond });
      tenthStarted = now;
      return `${done.toLocaleString("en")} of ${count.toLocaleString("en")} sent (${Math.round(perSecond).toLocaleString("en")}/s in the last ${since.toLocaleString("en")})`;
    },
  };
}

runBench(main);
