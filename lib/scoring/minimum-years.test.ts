import { describe, expect, it } from "vitest";
import { jobContextOf, scoreResume } from "@/scripts/eval/ranking/scorer";
import { describeContribution } from "./explain";
import { lexicalCorpusOfTexts } from "./texts-corpus";

// A posting's minimum of years is a floor (issue 11): "2+ years ICU experience" read as a junior level
// made five years of ICU two levels of over-qualification, and an ICU nurse scored below a med-surg
// nurse without any ICU experience. Scored as the app scores a job created from its posting.

const POSTING = {
  id: "icu-rn",
  title: "Registered Nurse – Intensive Care Unit",
  department: "Nursing",
  description: [
    "Our 20-bed adult ICU cares for critically ill medical and surgical patients. We are hiring full-time night shift nurses.",
    "",
    "Responsibilities",
    "- Assess, monitor and care for one or two critically ill patients per shift",
    "- Manage ventilated patients, arterial lines and central lines",
    "- Titrate vasoactive drips and sedation to protocol",
    "- Work with intensivists, respiratory therapists and pharmacists on the plan of care",
    "",
    "Requirements",
    "- Current RN license",
    "- 2+ years of ICU or critical care experience",
    "- BLS and ACLS certification",
  ].join("\n"),
};

const ICU_NURSE = [
  "Maria Lopez, RN",
  "Columbus, OH",
  "",
  "Experience",
  "Registered Nurse, Medical ICU, Riverside Methodist Hospital, 2021 – present",
  "- Care for two critically ill patients per shift in a 24-bed medical ICU: sepsis, respiratory failure, post-arrest care",
  "- Ventilated patients, arterial lines and central lines; sedation and vasopressor titration",
  "- Work with intensivists, respiratory therapists and pharmacists on daily rounds",
  "",
  "Licenses and certifications",
  "RN license (Ohio); BLS; ACLS; CCRN",
  "",
  "Education",
  "Bachelor of Science in Nursing, The Ohio State University, 2017 – 2021",
].join("\n");

const MED_SURG_NURSE = [
  "Jordan Miller, RN",
  "Columbus, OH",
  "",
  "Experience",
  "Registered Nurse, Medical-Surgical Unit, Mount Carmel East, 2024 – present",
  "- Care for five post-operative and medical patients per shift on a 32-bed med-surg and telemetry unit",
  "- Give medications and IV infusions, monitor telemetry, and escalate deteriorating patients to the rapid response team",
  "- Manage central lines and PICC lines; wound care and pain management",
  "- Work with physicians, pharmacists and respiratory therapists on the plan of care",
  "",
  "Licenses and certifications",
  "RN license (Ohio); BLS; ACLS",
  "",
  "Education",
  "Bachelor of Science in Nursing, Capital University, 2020 – 2024",
].join("\n");

// The same ICU nurse a year out of her first ICU post: one year short of the minimum.
const NEW_ICU_NURSE = ICU_NURSE.replace("2021 – present", "2025 – present").replace("2017 – 2021", "2021 – 2025");

describe("a minimum of years is a floor", () => {
  const corpus = lexicalCorpusOfTexts([ICU_NURSE, MED_SURG_NURSE]);
  const now = new Date("2026-12-01T00:00:00Z");
  const score = (documentId: string, resume: string) =>
    scoreResume({ job: jobContextOf(POSTING), documentId, resume, corpus, now });
  const describeSignal = (scored: Awaited<ReturnType<typeof score>>, signal: string) =>
    describeContribution(
      scored.output.contributions.find((item) => item.signal === signal)!,
      scored.features,
      scored.minimumYears,
    );

  it("ranks five years of ICU above med-surg without ICU for a post asking for 2+ years of ICU", async () => {
    const icu = await score("icu", ICU_NURSE);
    const medSurg = await score("med-surg", MED_SURG_NURSE);
    // Read as a junior level, the five years cost 2 levels and 3.5 years of "excess": 82.5 against 89.2.
    expect(icu.output.score).toBeGreaterThan(medSurg.output.score);
    expect(icu.minimumYears).toBe(2);
    expect(icu.features).toMatchObject({
      target_seniority: "unknown",
      seniority_shortfall: 0,
      seniority_excess: 0,
      experience_shortfall: 0,
      experience_excess: 0,
    });
    expect(describeSignal(icu, "experience_shortfall")).toBe("Meets the 2-year minimum");
  });

  it("counts falling short of the minimum", async () => {
    const newIcu = await score("new-icu", NEW_ICU_NURSE);
    expect(newIcu.features).toMatchObject({ experience_shortfall: 1, experience_excess: 0, seniority_excess: 0 });
    expect(describeSignal(newIcu, "experience_shortfall")).toMatch(/^1 year short of the 2-year minimum/);
    expect(newIcu.output.score).toBeLessThan((await score("icu", ICU_NURSE)).output.score);
  });

  it("keeps both sides of a level the posting names", async () => {
    const senior = { ...POSTING, title: "Senior Registered Nurse – Intensive Care Unit" };
    const scored = await scoreResume({ job: jobContextOf(senior), documentId: "icu", resume: ICU_NURSE, corpus, now });
    expect(scored.features).toMatchObject({ target_seniority: "senior", seniority_excess: 0, experience_shortfall: 0 });
    expect(scored.minimumYears).toBe(2);
  });
});
