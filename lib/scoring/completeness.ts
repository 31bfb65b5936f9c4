// How complete a profile is, when the caller does not say: the share of seven facts a recruiter needs
// to act on a candidate that the profile states.

export interface CompletenessFacts {
  hasEmail: boolean | null;
  hasPhone: boolean | null;
  hasLinkedin: boolean | null;
  hasAddress: boolean | null;
  hasResume: boolean;
  hasSkills: boolean;
  educationKnown: boolean;
}

export function completenessOf(facts: CompletenessFacts): number {
  const present = [
    facts.hasEmail,
    facts.hasPhone,
    facts.hasLinkedin,
    facts.hasAddress,
    facts.hasResume,
    facts.hasSkills,
    facts.educationKnown,
  ].filter((fact) => fact === true).length;
  return Math.round((present / 7) * 100) / 100;
}
