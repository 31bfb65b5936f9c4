import "server-only";
import { embeddingProvider, embedMissing } from "@/lib/embeddings";
import { embeddedResumeText } from "@/lib/skills";
import { savedPostingCopies, withoutPostingCopies, type PostingCopies } from "./posting-copies";
import type { Embedding, PreparedCandidate } from "./prepared";

// Saved candidates are prepared from what was kept of their whole résumé; for a job whose posting their
// résumé copies they are read again from its text without those lines, and their vector embedded again
// from the rest — as a payload's score does, so the ranking, the explanation and a score agree.

/** Lines a saved résumé copies from one job's posting, with the vector of the rest. */
export interface CopiedPosting {
  copies: PostingCopies;
  vector: Embedding | null;
}

/** The vectors of what each résumé says besides the copied lines (null where nothing is left, or embedding fails). */
export async function ownVectors(copied: readonly PostingCopies[]): Promise<(Embedding | null)[]> {
  if (copied.length === 0) return [];
  const provider = embeddingProvider();
  const { vectors } = await embedMissing(
    provider,
    copied.map((copies) => embeddedResumeText(copies.ownText)),
  );
  return vectors.map((vector) => (vector ? { vector, model: provider.model } : null));
}

/**
 * What each saved résumé copies from the posting of each job: by résumé id, then by posting (only those it
 * copies). The rest of every copying résumé is embedded in one call.
 */
export async function copiedPostings(
  resumes: readonly { id: string; resumeText: string | null }[],
  postings: readonly string[],
): Promise<Map<string, Map<string, CopiedPosting>>> {
  const found = resumes.flatMap(({ id, resumeText }) =>
    postings.flatMap((posting) => {
      const copies = savedPostingCopies(resumeText, posting);
      return copies ? [{ id, posting, copies }] : [];
    }),
  );
  const vectors = await ownVectors(found.map(({ copies }) => copies));
  const copied = new Map<string, Map<string, CopiedPosting>>();
  found.forEach(({ id, posting, copies }, index) => {
    const byPosting = copied.get(id) ?? new Map<string, CopiedPosting>();
    byPosting.set(posting, { copies, vector: vectors[index] ?? null });
    copied.set(id, byPosting);
  });
  return copied;
}

/** A saved candidate as scored for a job with this posting, and the lines of their résumé that copy it. */
export async function savedCandidateForPosting(
  candidate: PreparedCandidate,
  resumeText: string | null,
  posting: string,
): Promise<{ candidate: PreparedCandidate; copies: PostingCopies | null }> {
  const copied = (await copiedPostings([{ id: "", resumeText }], [posting])).get("")?.get(posting);
  return copied
    ? { candidate: withoutPostingCopies(candidate, copied.copies, copied.vector), copies: copied.copies }
    : { candidate, copies: null };
}
