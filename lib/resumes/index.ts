// Résumé files to text, and where a résumé mentions each skill.
export { findEvidence } from "./evidence";
export { MAX_RESUME_FILE_BYTES, extractResumeText } from "./extract-text";
