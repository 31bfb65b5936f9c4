import { linesRepeating } from "@/lib/text/repeated-lines";
import type { ScoringWarning } from "./prepared";

// A résumé that repeats the job's posting word for word describes the job, perhaps not the candidate: the
// recruiter is told, on a payload's score and on a saved candidate's explanation alike. (The score itself
// still reads those lines: see the README, Known limitations.) One sentence in common is a coincidence of
// wording — the same achievement told alike — so it takes lines repeating two of the posting's or more.

const EXCERPT_LENGTH = 160;
const SOURCE_LINES = 2;

export function postingCopyWarnings(resume: string | null, posting: string | null | undefined): ScoringWarning[] {
  if (!resume || !posting) return [];
  const { lines: copied, sourceLines } = linesRepeating(resume, posting);
  if (sourceLines < SOURCE_LINES) return [];
  const [first = ""] = copied;
  return [
    {
      code: "copied_from_posting",
      message:
        copied.length === 1
          ? "1 line of the résumé repeats the job posting word for word: it may describe the job rather than the candidate's work."
          : `${copied.length} lines of the résumé repeat the job posting word for word: they may describe the job rather than the candidate's work.`,
      excerpt: first.length > EXCERPT_LENGTH ? `${first.slice(0, EXCERPT_LENGTH - 1)}…` : first,
    },
  ];
}
