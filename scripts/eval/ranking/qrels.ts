// Relevance judgments, read liberally: TREC's four columns (`qid iteration docid rel`) or three
// (`qid docid rel`), separated by tabs, spaces or commas, with an optional header line (a first line
// whose relevance is not a number), blank lines and `#` comments. Relevance may be graded; negative
// grades (TREC's "junk") count as 0. A pair judged twice keeps its last judgment.

/** Query id → (document id → relevance). */
export type Qrels = Map<string, Map<string, number>>;

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

export function parseQrels(text: string): Qrels {
  const qrels: Qrels = new Map();
  let first = true;
  for (const [index, raw] of text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const columns = line.split(/[\s,]+/);
    const relevance = columns.at(-1) ?? "";
    const isHeader = first && !NUMBER.test(relevance);
    first = false;
    if (isHeader) continue;
    if ((columns.length !== 3 && columns.length !== 4) || !NUMBER.test(relevance)) {
      throw new Error(`qrels line ${index + 1}: expected "qid [iteration] docid relevance", got "${line}".`);
    }
    const [queryId, documentId] = columns.length === 4 ? [columns[0]!, columns[2]!] : [columns[0]!, columns[1]!];
    let judgments = qrels.get(queryId);
    if (!judgments) qrels.set(queryId, (judgments = new Map()));
    judgments.set(documentId, Math.max(0, Number(relevance)));
  }
  return qrels;
}
