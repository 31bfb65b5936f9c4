import * as admin from "./admin";
import * as candidates from "./candidates";
import * as drift from "./drift";
import * as embeddings from "./embeddings";
import * as jobs from "./jobs";
import * as models from "./models";
import * as comparisons from "./prompt-comparisons";
import * as prompts from "./prompts";
import * as scoring from "./scoring";
import * as providers from "./providers";
import * as rankingExport from "./ranking-export";
import * as resumes from "./resumes";
import * as skills from "./skills";
import * as system from "./system";
import type { Contract } from "@/lib/http/contract";

/** Every HTTP operation of the API, in the order the OpenAPI document lists them. */
export const allContracts: Contract[] = [
  scoring.scoreV2,
  scoring.scoreBatch,
  scoring.scoreV1,
  scoring.recordOutcome,
  scoring.getInferenceExplanation,
  jobs.listJobs,
  jobs.createJob,
  jobs.getJob,
  jobs.updateJob,
  jobs.upsertJob,
  jobs.getRankings,
  jobs.explainRanking,
  rankingExport.exportRanking,
  jobs.extractRequirements,
  skills.suggestSkills,
  resumes.readResumeFile,
  resumes.analyzeResume,
  resumes.resumeEvidence,
  candidates.listCandidates,
  candidates.createCandidate,
  candidates.getCandidate,
  candidates.upsertCandidate,
  candidates.syncCandidates,
  candidates.listCandidateScores,
  candidates.scoreProfile,
  system.getHealth,
  system.getWhoAmI,
  system.getOpenApi,
  admin.listApiKeys,
  admin.createApiKey,
  admin.revokeApiKey,
  admin.listUsers,
  admin.createUser,
  models.listModels,
  models.createModel,
  models.activateModel,
  models.compareModel,
  models.listActivations,
  models.createActivation,
  providers.getProviderOverview,
  embeddings.getEmbeddingStatus,
  embeddings.startEmbeddingRefresh,
  prompts.listPrompts,
  prompts.createPrompt,
  prompts.getPrompt,
  prompts.createVersion,
  prompts.getVersion,
  prompts.diffVersions,
  prompts.moveLabel,
  comparisons.listComparisons,
  comparisons.startComparison,
  comparisons.getComparison,
  comparisons.listComparisonItems,
  comparisons.cancelComparison,
  drift.listDriftReports,
  drift.getDriftReport,
  drift.runDriftNow,
  drift.pinDriftBaseline,
  drift.unpinDriftBaseline,
  drift.runDriftCron,
  embeddings.runEmbeddingRefreshCron,
];
