import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { generateDemoCandidates, generateDemoJobs } from "@/lib/demo/generate";
import { embedText } from "@/lib/embeddings/builtin";

/** A full payload (profile, skills, signals and both 384-dimension vectors), as a mature ATS sends it. */
export async function benchPayload(): Promise<ScorePayload> {
  const now = new Date();
  const candidate = generateDemoCandidates(now, 1)[0]!;
  const job = generateDemoJobs(now)[0]!;
  return {
    request_id: "template",
    candidate: {
      profile: {
        resume_text: candidate.resumeText,
        years_experience_range: candidate.yearsExperienceRange,
        seniority_inferred: candidate.seniority,
        education_level: candidate.educationLevel,
        field_of_study: candidate.fieldOfStudy,
        has_degree: candidate.hasDegree,
      },
      skills: {
        technical_skills: candidate.technicalSkills,
        soft_skills: candidate.softSkills,
        tools: candidate.tools,
      },
      quality_signals: {
        has_email: true,
        has_phone: true,
        has_linkedin: true,
        has_address: false,
        completeness_score: 0.86,
        is_local_to_job: true,
      },
      embeddings: { semantic_vector: embedText(candidate.resumeText) },
    },
    job_context: {
      metadata: {
        job_title: job.title,
        department: job.department,
        recruiter_id: job.recruiterId,
        days_since_opening: 12,
      },
      requirements: {
        required_tech_skills: job.requiredTechSkills,
        required_soft_skills: job.requiredSoftSkills,
        target_seniority: job.targetSeniority,
      },
      embeddings: { description_vector: embedText(job.description) },
    },
  };
}
