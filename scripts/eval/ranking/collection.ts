import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { seniorityLevel, type SeniorityLevel } from "@/lib/vocabulary/levels";
import { parseQrels, type Qrels } from "./qrels";

// A TREC-style test collection: queries/ (job postings), corpus/ (résumés) and qrels. Read liberally:
//   queries/<qid>.txt   first non-empty line the job title, the rest the posting
//   queries/<qid>.json  { title, description, department?, required_skills?, target_seniority? }
//   corpus/<docid>.txt  a résumé;  corpus/<docid>.json  { text }
//   qrels.tsv (or qrels.txt, qrels)  see qrels.ts
// Other files (README, hidden files) are ignored; judgments of unknown documents are dropped and counted.

export interface Query {
  id: string;
  title: string;
  description: string;
  department?: string;
  /** Stated requirements; when absent they are read from the posting. */
  requiredSkills?: string[];
  targetSeniority?: SeniorityLevel;
}

export interface Collection {
  queries: Query[];
  /** Document id → résumé text, in id order. */
  documents: Map<string, string>;
  qrels: Qrels;
  /** Judgments naming a query or document the directory does not have. */
  droppedJudgments: number;
}

const queryJson = z.object({
  title: z.string().trim().min(1),
  description: z.string().default(""),
  department: z.string().trim().min(1).optional(),
  required_skills: z.array(z.string().trim().min(1)).optional(),
  target_seniority: seniorityLevel.optional(),
});
const documentJson = z.object({ text: z.string() });
const QRELS_FILES = ["qrels.tsv", "qrels.txt", "qrels"];

/** A posting as text: the first non-empty line is the title, the rest the description. */
export function parseQueryText(id: string, text: string): Query {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0) throw new Error(`Query ${id} is empty.`);
  return {
    id,
    title: lines[first]!.trim(),
    description: lines
      .slice(first + 1)
      .join("\n")
      .trim(),
  };
}

export function parseQueryJson(id: string, text: string): Query {
  const parsed = queryJson.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`Query ${id}: ${z.prettifyError(parsed.error)}`);
  const { title, description, department, required_skills, target_seniority } = parsed.data;
  return {
    id,
    title,
    description,
    ...(department && { department }),
    ...(required_skills && { requiredSkills: required_skills }),
    ...(target_seniority && { targetSeniority: target_seniority }),
  };
}

/** Files of a folder read as `<id>.txt` or `<id>.json`, in id order. */
function entries(folder: string): { id: string; kind: "txt" | "json"; text: string }[] {
  if (!existsSync(folder)) throw new Error(`${folder} does not exist.`);
  const files = readdirSync(folder)
    .filter((name) => !name.startsWith(".") && /\.(?:txt|json)$/i.test(name))
    .sort();
  const seen = new Set<string>();
  return files.map((name) => {
    const extension = path.extname(name);
    const id = name.slice(0, -extension.length);
    if (seen.has(id)) throw new Error(`${folder} has two files for ${id}.`);
    seen.add(id);
    const kind = extension.toLowerCase() === ".json" ? "json" : "txt";
    return { id, kind, text: readFileSync(path.join(folder, name), "utf8") };
  });
}

export function loadCollection(directory: string): Collection {
  const queries = entries(path.join(directory, "queries")).map(({ id, kind, text }) =>
    kind === "json" ? parseQueryJson(id, text) : parseQueryText(id, text),
  );
  const documents = new Map(
    entries(path.join(directory, "corpus")).map(({ id, kind, text }) => {
      if (kind === "txt") return [id, text] as const;
      const parsed = documentJson.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`Document ${id}: ${z.prettifyError(parsed.error)}`);
      return [id, parsed.data.text] as const;
    }),
  );
  const qrelsFile = QRELS_FILES.map((name) => path.join(directory, name)).find((file) => existsSync(file));
  if (!qrelsFile) throw new Error(`${directory} has no qrels file (${QRELS_FILES.join(", ")}).`);
  const all = parseQrels(readFileSync(qrelsFile, "utf8"));
  const queryIds = new Set(queries.map((query) => query.id));
  const qrels: Qrels = new Map();
  let droppedJudgments = 0;
  for (const [queryId, judgments] of all) {
    const kept = new Map([...judgments].filter(([documentId]) => documents.has(documentId)));
    droppedJudgments += judgments.size - (queryIds.has(queryId) ? kept.size : 0);
    if (queryIds.has(queryId) && kept.size > 0) qrels.set(queryId, kept);
  }
  return { queries, documents, qrels, droppedJudgments };
}
