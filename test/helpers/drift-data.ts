import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SeededRandom } from "@/lib/util/random";
import { encodeVector } from "@/lib/embeddings/vector";
import { insertInference, type InferenceRow } from "@/lib/scoring/inference-log";
import type { FeatureVector } from "@/lib/vocabulary/signals";

// Synthetic inference logs for drift tests: feature vectors with known distributions, inserted through
// the real inference log (so the signal trigger runs) at chosen times — far in the past, where no other
// test writes.

export const DAY = 86_400_000;
export const TEST_EMBEDDING_MODEL = "drift-test-8d";

export interface Shift {
  /** Mostly junior candidates: seniority, experience, the gap to the target and skill counts move down. */
  junior?: boolean;
  /** Added to every score. */
  score?: number;
  /** Added to every component of the candidate vectors. */
  vectors?: number;
}

export function syntheticFeatures(random: SeededRandom, shift: Shift = {}): { features: FeatureVector; score: number } {
  const seniority = shift.junior ? random.pick([0, 1, 1, 1, 2]) : random.int(0, 5);
  const target = random.int(1, 4);
  const gap = seniority - target;
  const years = [0.5, 1, 3.5, 6.5, 10, 14][seniority]!;
  const coverage = random.int(0, 5) / 5;
  const features: FeatureVector = {
    semantic_similarity: random.chance(0.05) ? null : 0.2 + random.next() * 0.6,
    lexical_relevance: random.next() * 0.6,
    occupation_similarity: random.chance(0.2) ? null : random.next(),
    tech_skill_coverage: coverage,
    soft_skill_coverage: random.int(0, 3) / 3,
    missing_required_skills: random.int(0, 4),
    required_skills_evidenced: random.int(0, 5) / 5,
    occupation_skills_evidenced: random.int(0, 10) / 10,
    seniority_shortfall: Math.max(0, -gap),
    seniority_excess: Math.max(0, gap),
    experience_shortfall: Math.max(0, -gap) * 2,
    experience_excess: Math.max(0, gap) * 3,
    education_shortfall: random.int(0, 2),
    experience_years: years,
    seniority_level: seniority,
    education_level: random.int(0, 5),
    has_degree: random.chance(0.8) ? 1 : 0,
    field_of_study: random.pick(["computer_science", "statistics", "design", "business", "engineering"]),
    field_relevance: random.int(0, 2) / 2,
    technical_skill_count: shift.junior ? random.int(1, 4) : random.int(3, 10),
    soft_skill_count: random.int(1, 4),
    tool_count: random.int(1, 4),
    completeness: 0.5 + random.next() * 0.5,
    has_email: random.chance(0.9) ? 1 : 0,
    has_phone: random.chance(0.8) ? 1 : 0,
    has_linkedin: random.chance(0.7) ? 1 : 0,
    has_address: random.chance(0.6) ? 1 : 0,
    is_local: random.chance(0.3) ? null : random.chance(0.5) ? 1 : 0,
    days_since_opening: random.int(0, 60),
    department: random.pick(["Engineering", "Data", "Design", "Sales", "Product"]),
    // A long tail: rec_90… appear in well under 1 % of rows and fold into `other`.
    recruiter: random.chance(0.02)
      ? `rec_${random.int(90, 99)}`
      : random.pick(["rec_01", "rec_02", "rec_03", "rec_04", "rec_05"]),
    target_seniority: (["intern", "junior", "mid", "senior", "lead", "principal"] as const)[target]!,
    required_tech_count: random.int(3, 5),
    required_soft_count: random.int(1, 3),
    job_zone: random.int(2, 5),
  };
  const base = 35 + coverage * 40 + (random.next() - 0.5) * 20 + (shift.score ?? 0);
  return { features, score: Math.round(Math.min(100, Math.max(0, base)) * 10) / 10 };
}

/**
 * Inserts `count` inferences spread evenly over [start, end), drawn from the (shifted) distributions. Their ids
 * come from the window and the seed, not at random: the embedding sample is keyed on a hash of the id, so
 * random ids made a calm window's embedding test a fresh draw on every run (a false alarm now and then).
 */
export async function insertSyntheticWindow(options: {
  start: Date;
  end: Date;
  count: number;
  seed: number;
  shift?: Shift;
  /** The scoring model version the rows are logged under (default "test"). */
  modelVersion?: string;
}): Promise<void> {
  const random = new SeededRandom(options.seed);
  const span = options.end.getTime() - options.start.getTime();
  const rows: InferenceRow[] = [];
  const window = JSON.stringify([
    options.start,
    options.end,
    options.count,
    options.seed,
    options.shift,
    options.modelVersion,
  ]);
  for (let i = 0; i < options.count; i++) {
    const { features, score } = syntheticFeatures(random, options.shift);
    const vector = (offset: number) => Array.from({ length: 8 }, () => random.next() + offset);
    rows.push({
      id: seededUuid(`${window}#${i}`),
      requestId: `drift-test-${crypto.randomUUID()}`,
      requestScope: "system:drift-test",
      payloadHash: "synthetic",
      payloadJson: "{}",
      jobId: null,
      candidateId: null,
      features,
      score,
      logit: 0,
      band: score >= 70 ? "strong" : score >= 45 ? "possible" : "weak",
      response: {},
      modelVersion: options.modelVersion ?? "test",
      embeddingModel: TEST_EMBEDDING_MODEL,
      promptVersions: [],
      latencyMs: 1,
      source: "drift-test",
      apiKeyId: null,
      userId: null,
      candidateEmbedding: encodeVector(vector(options.shift?.vectors ?? 0)),
      jobEmbedding: encodeVector(vector(0)),
      createdAt: new Date(options.start.getTime() + Math.floor(((i + random.next()) / options.count) * span)),
    });
  }
  const inserted = await Promise.all(rows.map((row) => insertInference(row)));
  if (inserted.some((ok) => !ok)) throw new Error("a synthetic inference was not inserted");
}

/** A UUID (version 4 layout) that is the same for the same text. */
function seededUuid(text: string): string {
  const hex = crypto.hash("sha256", text);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A reference (28 days) and current (7 days) window ending at `end`, filled with synthetic rows. */
export async function seedDriftWindows(options: {
  end: Date;
  referenceCount: number;
  currentCount: number;
  seed: number;
  shift?: Shift;
}) {
  const currentStart = new Date(options.end.getTime() - 7 * DAY);
  await insertSyntheticWindow({
    start: new Date(currentStart.getTime() - 28 * DAY),
    end: currentStart,
    count: options.referenceCount,
    seed: options.seed,
  });
  await insertSyntheticWindow({
    start: currentStart,
    end: options.end,
    count: options.currentCount,
    seed: options.seed + 1,
    shift: options.shift,
  });
}

export interface WebhookReceiver {
  url: string;
  bodies: { text: string }[];
  /** Status the next requests get. */
  status: number;
  close(): Promise<void>;
}

/** A local incoming-webhook endpoint that records what it is sent. */
export async function webhookReceiver(): Promise<WebhookReceiver> {
  const receiver = { bodies: [] as { text: string }[], status: 200 };
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      receiver.bodies.push(JSON.parse(body) as { text: string });
      // `connection: close`: a kept-alive socket that the server times out at the moment fetch reuses it
      // fails the next delivery with a reset; on a busy machine the gap between two tests hit that window.
      response
        .writeHead(receiver.status, { "content-type": "text/plain", connection: "close" })
        .end(receiver.status === 200 ? "ok" : "error");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/services/T000/B000/secret-token-in-path`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
