// Years of experience from a résumé: a stated "N years of experience" wins; otherwise the union of the
// date ranges of the roles ("2018–2021", "Mar 2018 – 06/2021", "2021 – present"), so overlapping jobs are
// not counted twice. Ranges on education lines (a degree's years) are not work experience.
const STATED =
  /\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:professional\s+|work\s+|working\s+|industry\s+|relevant\s+)?experience\b/i;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+|\\d{1,2}\\s*[/.]\\s*";
const RANGE = new RegExp(
  `\\b((?:19|20)\\d{2})\\s*(?:-|–|—|to|until|bis)\\s*(?:${MONTH})?((?:19|20)\\d{2}|present|current|now|today|heute)\\b`,
  "gi",
);
// A line about studies: it names a degree or studying. ("University Hospitals Bristol, 2016–2020" is a job.)
const EDUCATION_LINE =
  /\b(?:bachelor'?s?|master'?s|b\.?\s?sc|m\.?\s?sc|b\.?\s?a\.|m\.?\s?a\.|mba|ph\.?\s?d|diploma|degree|studies|studied|student|education|abitur|gcses?|a-levels?)\b/i;

export function yearsOfExperience(text: string, now = new Date()): number | null {
  const stated = STATED.exec(text)?.[1];
  if (stated) return Math.min(Number(stated), 60);
  const currentYear = now.getUTCFullYear();
  const spans: [number, number][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (EDUCATION_LINE.test(line)) continue;
    for (const match of line.matchAll(RANGE)) {
      const start = Number(match[1]);
      const end = /^\d/.test(match[2]!) ? Number(match[2]) : currentYear;
      if (start <= end && end <= currentYear + 1) spans.push([start, end]);
    }
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
