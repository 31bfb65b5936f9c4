// Skills: canonical ids for names, skills named in free text, evidence of a skill in a résumé, and the
// ESCO skills a phrase most likely means.
export {
  evidenceText,
  evidencesRequirement,
  inflections,
  segmentsNaming,
  statementsOf,
  statementsOfEvidence,
  statesRequirement,
  statesSkill,
  type EvidenceText,
  type ResumeStatements,
} from "./evidence";
export { findSkillsInText, findSkillsInTextWithout } from "./find-in-text";
export { linkSkill, type SkillLink } from "./link";
export { screenResume } from "./screen-resume";
export { headlineClaims } from "./headline-claims";
export { embeddedResumeText, listedSince } from "./skill-lists";
export {
  canonicalSkill,
  canonicalSkills,
  labelNamesSkill,
  normalizeSkillText,
  skillInfo,
  skillLabel,
  skillSource,
  suggestSkills,
  taxonomySize,
  type CanonicalSkill,
  type SkillInfo,
  type SkillKind,
  type TaxonomyEntry,
} from "./normalize";
