import { describe, expect, it } from "vitest";
import { extractJobRequirements } from "./job";

describe("extractJobRequirements (built-in rules)", () => {
  it("splits technical and soft requirements and reads the level from the title", () => {
    const result = extractJobRequirements({
      title: "Senior MLOps Engineer",
      description:
        "You will run Kubernetes and Terraform on AWS, write Python, and value teamwork and problem solving.",
    });
    expect(result.required_tech_skills).toEqual(expect.arrayContaining(["kubernetes", "terraform", "aws", "python"]));
    expect(result.required_soft_skills).toEqual(expect.arrayContaining(["teamwork", "problem_solving"]));
    expect(result.target_seniority).toBe("senior");
  });

  it("reads the level from the text when the title has none", () => {
    expect(extractJobRequirements({ title: "Data Engineer", description: "Level: lead." }).target_seniority).toBe(
      "lead",
    );
    expect(
      extractJobRequirements({ title: "Data Engineer", description: "You bring 3+ years with SQL." }).target_seniority,
    ).toBe("mid");
    expect(extractJobRequirements({ title: "Data Engineer", description: "SQL." }).target_seniority).toBeNull();
  });
});
