-- CreateIndex
CREATE INDEX "Job_agencyId_updatedAt_id_idx" ON "Job"("agencyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "CandidateProfile_agencyId_updatedAt_id_idx" ON "CandidateProfile"("agencyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Proposal_agencyId_updatedAt_id_idx" ON "Proposal"("agencyId", "updatedAt", "id");

