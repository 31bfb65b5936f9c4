import { describe, expect, it } from "vitest";
import { roleOccupations } from "@/lib/extraction";
import type { SeniorityLevel } from "@/lib/vocabulary/levels";
import { readJob } from "./job-reading";

// A title with the same words around it names the same occupation in a posting and in a résumé role.
const CASES: [title: string, duties: string[]][] = [
  [
    "Site Manager",
    [
      "Run a residential construction site from groundworks to handover",
      "Coordinate subcontractors and trades, manage the build programme and budget",
    ],
  ],
  [
    "Assistant Manager",
    [
      "Run the supermarket with the store manager: staff rotas, opening and closing, cash office",
      "Supervise the sales floor team, merchandising and stock replenishment",
    ],
  ],
  ["Shift Supervisor", ["Check food safety and cash handling in the restaurant kitchen"]],
];

const jobOccupation = (title: string, description: string) =>
  readJob({ title, description, requirements: [], targetSeniority: null }).occupations[0]?.code;

const roleOccupation = (title: string, duties: readonly string[]) =>
  roleOccupations(
    ["Sam Carter", "Leeds", "", `${title}, 2019 – present`, ...duties.map((line) => `- ${line}`)].join("\n"),
  )[0]?.code;

describe("titles read in context, a job's and a résumé role's alike", () => {
  it.each(CASES)("%s names the same occupation in a posting and in a résumé role", (title, duties) => {
    const alone = jobOccupation(title, "");
    const inPosting = jobOccupation(title, duties.join("\n"));
    expect(inPosting).not.toBe(alone);
    expect(roleOccupation(title, duties)).toBe(inPosting);
  });

  it.each(CASES)("%s alone names the same occupation in a posting and in a résumé role", (title) => {
    expect(roleOccupation(title, [])).toBe(jobOccupation(title, ""));
  });
});

describe("the level and the minimum of years a job asks for", () => {
  const read = (title: string, description: string, targetSeniority: SeniorityLevel | null = null) => {
    const { targetSeniority: level, minimumYears } = readJob({ title, description, requirements: [], targetSeniority });
    return { level, minimumYears };
  };

  it("reads a minimum as a floor beside the level stated or named by the title", () => {
    expect(read("Sales Development Representative", "At least 1 year in outbound sales")).toEqual({
      level: null,
      minimumYears: 1,
    });
    expect(read("Senior Nurse", "2+ years of ICU experience")).toEqual({ level: "senior", minimumYears: 2 });
    expect(read("Nurse", "2+ years of ICU experience", "lead")).toEqual({ level: "lead", minimumYears: 2 });
    expect(read("Nurse", "2-4 years of ICU experience", "mid")).toEqual({ level: "mid", minimumYears: null });
  });

  it("reads a stored level that is only what its minimum suggested as that minimum", () => {
    // Saved before minimums were floors: "2+ years" was stored as the junior level.
    expect(read("HGV Class 1 Driver", "At least 2 years' multi-drop experience", "junior")).toEqual({
      level: null,
      minimumYears: 2,
    });
    expect(read("HGV Class 1 Driver", "Level: junior. At least 2 years' multi-drop", "junior")).toEqual({
      level: "junior",
      minimumYears: 2,
    });
  });
});
