import type { OutcomeKind } from "@/lib/generated/prisma/enums";
import { SeededRandom } from "@/lib/util/random";
import { latentFit, type DemoTruth } from "./truth";

// Hiring outcomes for the demo history, drawn from the hidden true fit (truth.ts), so `npm run model:fit`
// has real work on a fresh install. A candidate–job pair's first score is its application; decisions take
// a week, so the last week has none yet, and 15 % of older applications never get feedback. The team
// advances a candidate with probability σ(true fit) — otherwise rejects — and advanced candidates may go
// on to an interview and a hire; 5 % withdraw at some point (the fit ignores those).

const DECISION_DAYS = 7;
const DAY = 86_400_000;

export interface ScoredPair {
  inferenceId: string;
  jobId: string;
  candidateId: string;
  createdAt: Date;
}

export interface SimulatedOutcome {
  inferenceId: string;
  kind: OutcomeKind;
  createdAt: Date;
}

export function simulateOutcomes({
  scored,
  truth,
  now,
}: {
  scored: readonly ScoredPair[];
  truth: DemoTruth;
  now: Date;
}): SimulatedOutcome[] {
  const random = new SeededRandom(20260104);
  const applications = new Map<string, ScoredPair>();
  for (const row of [...scored].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const key = `${row.candidateId}|${row.jobId}`;
    if (!applications.has(key)) applications.set(key, row);
  }
  const outcomes: SimulatedOutcome[] = [];
  for (const application of applications.values()) {
    const job = truth.jobs.get(application.jobId);
    const candidate = truth.candidates.get(application.candidateId);
    if (!job || !candidate || now.getTime() - application.createdAt.getTime() < DECISION_DAYS * DAY) continue;
    if (random.chance(0.15)) continue;
    let at = application.createdAt.getTime();
    const record = (kind: OutcomeKind, afterDays: [number, number]) => {
      at = Math.min(at + random.int(afterDays[0], afterDays[1]) * DAY, now.getTime() - 3_600_000);
      outcomes.push({ inferenceId: application.inferenceId, kind, createdAt: new Date(at) });
    };
    const withdraws = random.chance(0.05);
    const advances = random.chance(1 / (1 + Math.exp(-latentFit(candidate, job))));
    if (!advances) {
      record(withdraws ? "withdrawn" : "rejected", [1, 5]);
      continue;
    }
    record("advanced", [1, 3]);
    if (withdraws) record("withdrawn", [1, 4]);
    else if (random.chance(0.5)) {
      record("interviewed", [2, 6]);
      if (random.chance(0.3)) record("hired", [3, 10]);
    }
  }
  return outcomes;
}
