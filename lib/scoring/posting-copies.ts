import { linesRepeating, mayRepeat, type RepeatedLines } from "@/lib/text/repeated-lines";
import type { Embedding, PreparedCandidate, ScoringWarning } from "./prepared";
import { readableResume, resumeReading } from "./resume-reading";

// A résumé that repeats the job's posting word for word describes the job, not the candidate's work: the
// score reads the résumé as if those lines were not there — what they state, their words, the occupations
// they name, the skills only they state, and the vector, embedded again from the rest. So pasting the
// posting gains nothing on any path (a payload, a ranking, a saved candidate's explanation), and the
// recruiter is told. One sentence in common is a coincidence of wording — the same achievement told
// alike — so it takes lines repeating two of the posting's or more.

const EXCERPT_LENGTH = 160;
const SOURCE_LINES = 2;

/** The lines of a (screened) résumé that copy a job's posting, and the résumé without them. */
export interface PostingCopies extends RepeatedLines {
  /** The résumé without the copied lines; null when nothing else is left. */
  ownText: string | null;
}

/** The lines of the (screened) résumé that copy the job's posting; null when it copies fewer than two of its lines. */
export function postingCopies(resume: string | null, posting: string | null | undefined): PostingCopies | null {
  if (!resume || !posting) return null;
  const copies = linesRepeating(resume, posting);
  if (copies.sourceLines < SOURCE_LINES) return null;
  const copied = new Set(copies.numbers);
  const kept = resume
    .split("\n")
    .filter((_, number) => !copied.has(number))
    .join("\n");
  return { ...copies, ownText: kept.trim() ? kept : null };
}

/** postingCopies of a saved résumé's text (as saved, so screened first). */
export function savedPostingCopies(resumeText: string | null, posting: string): PostingCopies | null {
  return postingCopies(readableResume(resumeText).text, posting);
}

/**
 * Whether a saved profile, by the words it keeps, may copy the posting: false only where postingCopies
 * would find nothing, so a ranking reads the text of just these few.
 */
export function mayCopyPosting(hasWord: (word: string) => boolean, posting: string): boolean {
  return posting !== "" && mayRepeat(hasWord, posting, SOURCE_LINES);
}

/**
 * The candidate as scoring reads them without the copied lines: their reading is the rest of the résumé's,
 * a listed skill only the copied lines state is dropped, and their vector is the rest's (`ownVector`).
 */
export function withoutPostingCopies(
  candidate: PreparedCandidate,
  copies: PostingCopies,
  ownVector: Embedding | null,
): PreparedCandidate {
  const reading = resumeReading(copies.ownText);
  const statedBefore = candidate.statements?.stated;
  const statedNow = reading.statements?.stated;
  const shownElsewhere = (id: string) => !statedBefore?.has(id) || (statedNow?.has(id) ?? false);
  return {
    ...candidate,
    ...reading,
    technicalSkills: candidate.technicalSkills.filter(shownElsewhere),
    softSkills: candidate.softSkills.filter(shownElsewhere),
    tools: candidate.tools.filter(shownElsewhere),
    embedding: ownVector,
  };
}

export function postingCopyWarnings(copies: PostingCopies | null): ScoringWarning[] {
  if (!copies) return [];
  const [first = ""] = copies.lines;
  const told =
    copies.lines.length === 1
      ? "1 line of the résumé repeats the job posting word for word: it describes the job, not the candidate's work, and the score leaves it out."
      : `${copies.lines.length} lines of the résumé repeat the job posting word for word: they describe the job, not the candidate's work, and the score leaves them out.`;
  return [
    {
      code: "copied_from_posting",
      message: told,
      excerpt: first.length > EXCERPT_LENGTH ? `${first.slice(0, EXCERPT_LENGTH - 1)}…` : first,
    },
  ];
}
