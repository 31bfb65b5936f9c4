import { z } from "zod";

// Controlled vocabularies of the scoring payload (DESIGN.md, "Scoring API v2"). Ordered from least to most.

export const SENIORITY_LEVELS = ["intern", "junior", "mid", "senior", "lead", "principal"] as const;
export const seniorityLevel = z.enum(SENIORITY_LEVELS);
export type SeniorityLevel = z.infer<typeof seniorityLevel>;

export const EXPERIENCE_RANGES = ["0-2_years", "2-5_years", "5-8_years", "8-12_years", "12+_years"] as const;
export const experienceRange = z.enum(EXPERIENCE_RANGES);
export type ExperienceRange = z.infer<typeof experienceRange>;

export const EDUCATION_LEVELS = ["none", "high_school", "associate", "bachelors", "masters", "phd"] as const;
export const educationLevel = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof educationLevel>;
