// Years of experience from a résumé: a stated "N years of experience" wins; otherwise the union of the
// date ranges of the roles ("2018–2021", "2021 – present"), so overlapping jobs are not counted twice.

const STATED =
  /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:professional\s+|work\s+|industry\s+)?experience\b/i;
const RANGE = /\b((?:19|20)\d{2})\s*(?:-|–|—|to)\s*((?:19|20)\d{2}|present|current|now|today)\b/gi;

export function yearsOfExperience(text: string, now = new Date()): number | null {
  const stated = STATED.exec(text)?.[1];
  if (stated) return Math.min(Number(stated), 60);
  const currentYear = now.getUTCFullYear();
  const spans: [number, number][] = [];
  for (const match of text.matchAll(RANGE)) {
    const start = Number(match[1]);
    const end = /^\d/.test(match[2]!) ? Number(match[2]) : currentYear;
    if (start <= end && end <= currentYear + 1) spans.push([start, end]);
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [coveredStart, coveredEnd] = spans[0]!;
  for (const [start, end] of spans.slice(1)) {
    if (start > coveredEnd) {
      total += coveredEnd - coveredStart;
      [coveredStart, coveredEnd] = [start, end];
    } else {
      coveredEnd = Math.max(coveredEnd, end);
    }
  }
  total += coveredEnd - coveredStart;
  return Math.min(total, 60);
}
