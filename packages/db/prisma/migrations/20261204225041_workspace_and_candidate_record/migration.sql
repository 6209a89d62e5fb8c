-- CreateEnum
CREATE TYPE "InterviewFeeling" AS ENUM ('GREAT', 'GOOD', 'MIXED', 'POOR');

-- AlterEnum
ALTER TYPE "ApiKeyScope" ADD VALUE 'INSIGHT_READ';

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "dataRetentionMonths" INTEGER,
ADD COLUMN     "erasureGraceDays" INTEGER NOT NULL DEFAULT 14;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "slug" TEXT;

-- AlterTable
ALTER TABLE "CandidateProfile" ADD COLUMN     "consentRenewalRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "consentRenewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "erasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "normalizedPhone" TEXT;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "clientSharingConsentAt" TIMESTAMPTZ(3),
ADD COLUMN     "clientSharingConsentWithdrawnAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "clientFeedback" TEXT,
ADD COLUMN     "clientFeedbackAt" TIMESTAMPTZ(3),
ADD COLUMN     "clientFeedbackById" UUID;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "UserRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateLead" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "jobId" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "message" TEXT NOT NULL DEFAULT '',
    "consentText" TEXT NOT NULL,
    "consentGivenAt" TIMESTAMPTZ(3) NOT NULL,
    "candidateId" UUID,
    "dismissedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateLead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewReflection" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "interviewId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "feeling" "InterviewFeeling" NOT NULL,
    "learned" TEXT NOT NULL DEFAULT '',
    "questionsAsked" TEXT NOT NULL DEFAULT '',
    "wantsFeedback" BOOLEAN NOT NULL DEFAULT false,
    "sharedWithRecruiterAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InterviewReflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReflectionContact" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "reflectionId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "company" TEXT NOT NULL DEFAULT '',
    "howToReach" TEXT NOT NULL DEFAULT '',
    "followUpBy" DATE,
    "followedUpAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReflectionContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErasureRequest" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "requestedByUserId" UUID,
    "source" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ErasureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerDataAccess" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "apiKeyId" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "accessedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerDataAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateMerge" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "survivorId" UUID NOT NULL,
    "mergedId" UUID NOT NULL,
    "mergedById" UUID,
    "reasons" TEXT[],
    "moved" JSONB NOT NULL DEFAULT '{}',
    "mergedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateMerge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_userId_key" ON "Invitation"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_agencyId_createdAt_idx" ON "Invitation"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "CandidateLead_agencyId_createdAt_idx" ON "CandidateLead"("agencyId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CandidateLead_jobId_createdAt_idx" ON "CandidateLead"("jobId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "InterviewReflection_interviewId_key" ON "InterviewReflection"("interviewId");

-- CreateIndex
CREATE INDEX "InterviewReflection_candidateId_createdAt_idx" ON "InterviewReflection"("candidateId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ReflectionContact_candidateId_followUpBy_idx" ON "ReflectionContact"("candidateId", "followUpBy");

-- CreateIndex
CREATE INDEX "ReflectionContact_reflectionId_idx" ON "ReflectionContact"("reflectionId");

-- CreateIndex
CREATE INDEX "ErasureRequest_completedAt_cancelledAt_dueAt_idx" ON "ErasureRequest"("completedAt", "cancelledAt", "dueAt");

-- CreateIndex
CREATE INDEX "ErasureRequest_candidateId_idx" ON "ErasureRequest"("candidateId");

-- CreateIndex
CREATE INDEX "PartnerDataAccess_candidateId_accessedAt_idx" ON "PartnerDataAccess"("candidateId", "accessedAt");

-- CreateIndex
CREATE INDEX "PartnerDataAccess_apiKeyId_accessedAt_idx" ON "PartnerDataAccess"("apiKeyId", "accessedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateMerge_mergedId_key" ON "CandidateMerge"("mergedId");

-- CreateIndex
CREATE INDEX "CandidateMerge_survivorId_idx" ON "CandidateMerge"("survivorId");

-- CreateIndex
CREATE UNIQUE INDEX "Job_slug_key" ON "Job"("slug");

-- CreateIndex
CREATE INDEX "CandidateProfile_agencyId_normalizedPhone_idx" ON "CandidateProfile"("agencyId", "normalizedPhone");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateLead" ADD CONSTRAINT "CandidateLead_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateLead" ADD CONSTRAINT "CandidateLead_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateLead" ADD CONSTRAINT "CandidateLead_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewReflection" ADD CONSTRAINT "InterviewReflection_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewReflection" ADD CONSTRAINT "InterviewReflection_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewReflection" ADD CONSTRAINT "InterviewReflection_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionContact" ADD CONSTRAINT "ReflectionContact_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionContact" ADD CONSTRAINT "ReflectionContact_reflectionId_fkey" FOREIGN KEY ("reflectionId") REFERENCES "InterviewReflection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionContact" ADD CONSTRAINT "ReflectionContact_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasureRequest" ADD CONSTRAINT "ErasureRequest_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasureRequest" ADD CONSTRAINT "ErasureRequest_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerDataAccess" ADD CONSTRAINT "PartnerDataAccess_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerDataAccess" ADD CONSTRAINT "PartnerDataAccess_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateMerge" ADD CONSTRAINT "CandidateMerge_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: every existing job gets its public address (the same shape the API gives new jobs: the title and city
-- in lower-case words, then the ID's last 12 hex digits, which make it unique).
UPDATE "Job"
SET "slug" = concat_ws('-',
  nullif(left(trim(both '-' from regexp_replace(lower("title" || coalesce(' ' || "city", '')), '[^a-z0-9]+', '-', 'g')), 60), ''),
  right(replace("id"::text, '-', ''), 12));
