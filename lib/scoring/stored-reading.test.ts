import { describe, expect, it } from "vitest";
import { everydayRoles as collection } from "@/test/helpers/everyday-roles";
import { canonicalSkill, evidencesRequirement, statesRequirement } from "@/lib/skills";
import { withoutRequirementEchoes } from "./requirement-echoes";
import { readableResume, readingColumns, resumeReading } from "./resume-reading";
import type { PreparedCandidate } from "./prepared";
import { prepareStoredCandidate, type StoredCandidate } from "./stored";

// A saved profile scores as its text does: what the stored columns answer about stated and shown skills
// (skill lists read apart, reading version 8) is what reading the text answers.

const REQUIREMENTS = [
  ...collection.queries.flatMap((query) => query.description.split("\n").slice(0, 3)),
  "stock control",
  "absence management",
  "return to work meetings",
  "night rota cover planning",
  "forklift",
  "wms",
  "excel",
];

const NO_JOB = { location: null, workArrangement: null, title: "", description: "" };

function stored(text: string): StoredCandidate {
  return {
    id: "c",
    fullName: "Stored",
    location: null,
    technicalSkills: [],
    softSkills: [],
    tools: [],
    seniority: null,
    yearsExperienceRange: null,
    educationLevel: null,
    fieldOfStudy: null,
    hasDegree: null,
    hasEmail: null,
    hasPhone: null,
    hasLinkedin: null,
    hasAddress: null,
    completenessScore: null,
    embedding: null,
    embeddingModel: null,
    ...readingColumns(text),
  };
}

describe("a saved profile's reading", () => {
  it("is tried with a requirement phrase no skill names", () => {
    expect(canonicalSkill("night rota cover planning").known).toBe(false);
  });

  it.each([...collection.documents.entries()])("%s: states and shows what its text does", (_id, raw) => {
    const text = readableResume(
      `${raw}\nSkills: stock control, absence management, WMS, forklift, night rota cover planning`,
    ).text!;
    const fresh = resumeReading(text).statements!;
    const saved = prepareStoredCandidate(stored(text), NO_JOB).statements!;
    expect([...saved.evidenced].sort()).toEqual([...fresh.evidenced].sort());
    for (const requirement of REQUIREMENTS) {
      expect(statesRequirement(saved, requirement), requirement).toBe(statesRequirement(fresh, requirement));
      expect(evidencesRequirement(saved, requirement), requirement).toBe(evidencesRequirement(fresh, requirement));
    }
  });
});

describe("a saved profile's sentences echoing a job's requirements", () => {
  it("are read as its text reads them: the same skills shown and the same terms", () => {
    const requirements = ["fault finding", "unvented hot water", "full UK driving licence", "testing and inspection"];
    const text = readableResume(`Jo Bell
Maintenance Operative, Boxco (2020 – present)
- Responsible for fault finding, unvented hot water, testing and inspection and a full UK driving licence.
- Ran planned maintenance for a team of 12 across two shifts`).text!;
    const job = { requiredTechSkills: requirements, requiredSoftSkills: [] };
    const fresh = { ...resumeReading(text), embedding: null } as unknown as PreparedCandidate;
    const echoedFresh = withoutRequirementEchoes(fresh, job, requirements).candidate;
    const echoedSaved = withoutRequirementEchoes(
      prepareStoredCandidate(stored(text), NO_JOB),
      job,
      requirements,
    ).candidate;
    expect(echoedFresh).not.toBe(fresh);
    expect([...echoedSaved.statements!.evidenced].sort()).toEqual([...echoedFresh.statements!.evidenced].sort());
    expect(echoedSaved.terms).toEqual(echoedFresh.terms);
    for (const requirement of requirements) {
      expect(evidencesRequirement(echoedSaved.statements!, requirement), requirement).toBe(false);
      expect(evidencesRequirement(echoedFresh.statements!, requirement), requirement).toBe(false);
    }
  });
});
