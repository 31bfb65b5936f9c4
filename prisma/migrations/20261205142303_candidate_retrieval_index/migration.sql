-- CreateIndex
CREATE INDEX "Candidate_retrieval_idx" ON "Candidate" USING GIN ("technicalSkills", "softSkills", "tools", "mentionedSkills", "occupationCodes", "resumeStems");
