import { describe, expect, it } from "vitest";
import { roleOccupations } from "@/lib/extraction";
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
