import { matchOccupations } from "@/lib/occupations";
import { findSkillsInText, linkSkill, statementsOf } from "@/lib/skills";

/** Builds the skill and occupation lookups (about a second), so the first score does not wait for them. */
export function warmUpReaders(): void {
  findSkillsInText("Python and purchasing");
  statementsOf("Processed purchase orders");
  matchOccupations("Purchasing Manager");
  linkSkill("purchasing");
}
