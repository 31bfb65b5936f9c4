// Occupations: job titles to O*NET occupations, what each needs (skills, job zone), and how close two are.
export { matchOccupations, occupation, occupationSimilarity, type OccupationMatch } from "./occupations";
export { DATED_LINE, HEADLINE_LINES, ROLE_HEADING, ROLE_MIN_CONFIDENCE, roleLine, titlePieces } from "./role-pieces";
export { cleanTitle } from "./title";
export type { OccupationRecord } from "./types";
export { backgroundFrequencies, type BackgroundFrequencies } from "./background";
