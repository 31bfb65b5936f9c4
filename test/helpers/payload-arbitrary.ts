import fc from "fast-check";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { EDUCATION_LEVELS, EXPERIENCE_RANGES, SENIORITY_LEVELS } from "@/lib/vocabulary/levels";

// Random but valid scoring payloads, for property tests. Skills mix known taxonomy ids, aliases and
// skills the taxonomy does not know; vectors are absent, a client-supplied pair, or one server-sized vector.

export const SKILL_POOL = [
  "python",
  "sql",
  "kubernetes",
  "k8s",
  "docker",
  "react",
  "typescript",
  "aws",
  "terraform",
  "node.js",
  "ci/cd",
  "communication",
  "teamwork",
  "leadership",
  "problem solving",
  "jira",
  "git",
  "figma",
  "acme flowbuilder",
  "quantum basket weaving",
  // Requirement phrases a posting's reader keeps (lib/extraction/requirement-phrases.ts).
  "right to work in the uk",
  "restaurant manager or assistant manager",
  "leasehold and new build transactions",
];
const WORDS = [
  "built",
  "services",
  "data",
  "pipelines",
  "team",
  "customers",
  "platform",
  "reliable",
  "shipped",
  "owned",
  "engineer",
];
const TITLES = [
  "Senior MLOps Engineer",
  "Data Scientist",
  "Backend Engineer",
  "Product Designer",
  "Account Executive",
  "Purchasing Manager",
  "Registered Nurse",
  "Accountant",
];
const DEPARTMENTS = ["Engineering", "Data", "Design", "Sales", "Legal"];

const skills = fc.uniqueArray(fc.constantFrom(...SKILL_POOL), { maxLength: 8 });
const unitVector = (dimensions: number) =>
  fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: dimensions, maxLength: dimensions });
const resume = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...SKILL_POOL)), { minLength: 3, maxLength: 40 })
  .map((tokens) => tokens.join(" "));

export const scorePayloadArbitrary: fc.Arbitrary<ScorePayload> = fc
  .record({
    requestId: fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/),
    resumeText: fc.option(resume, { nil: undefined }),
    candidateSkills: fc.option(fc.record({ technical_skills: skills, soft_skills: skills, tools: skills }), {
      nil: undefined,
    }),
    seniority: fc.option(fc.constantFrom(...SENIORITY_LEVELS), { nil: undefined }),
    years: fc.option(fc.constantFrom(...EXPERIENCE_RANGES), { nil: undefined }),
    education: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: undefined }),
    hasDegree: fc.option(fc.boolean(), { nil: undefined }),
    quality: fc.option(
      fc.record({
        has_email: fc.boolean(),
        has_phone: fc.boolean(),
        completeness_score: fc.double({ min: 0, max: 1, noNaN: true }),
        is_local_to_job: fc.boolean(),
      }),
      { nil: undefined },
    ),
    vectors: fc.oneof(fc.constant(null), fc.tuple(unitVector(8), unitVector(8))),
    title: fc.constantFrom(...TITLES),
    department: fc.constantFrom(...DEPARTMENTS),
    recruiter: fc.option(fc.constantFrom("rec_01", "rec_02", "rec_77"), { nil: undefined }),
    days: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    requiredTech: skills,
    requiredSoft: skills,
    target: fc.option(fc.constantFrom(...SENIORITY_LEVELS), { nil: undefined }),
  })
  .map((draft) => ({
    request_id: draft.requestId,
    candidate: {
      profile: {
        resume_text: draft.resumeText,
        seniority_inferred: draft.seniority,
        years_experience_range: draft.years,
        education_level: draft.education,
        has_degree: draft.hasDegree,
      },
      // A payload needs skills or a résumé to read them from.
      skills:
        draft.candidateSkills ?? (draft.resumeText ? undefined : { technical_skills: [], soft_skills: [], tools: [] }),
      quality_signals: draft.quality,
      embeddings: draft.vectors ? { semantic_vector: draft.vectors[0] } : undefined,
    },
    job_context: {
      metadata: {
        job_title: draft.title,
        department: draft.department,
        recruiter_id: draft.recruiter,
        days_since_opening: draft.days,
      },
      requirements: {
        required_tech_skills: draft.requiredTech,
        required_soft_skills: draft.requiredSoft,
        target_seniority: draft.target,
      },
      embeddings: draft.vectors ? { description_vector: draft.vectors[1] } : undefined,
    },
  }));
