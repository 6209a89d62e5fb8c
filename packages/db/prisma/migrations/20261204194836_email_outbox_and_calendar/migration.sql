-- CreateEnum
CREATE TYPE "EmailCategory" AS ENUM ('NEW_PROPOSALS', 'PROPOSAL_UPDATES', 'INTERVIEWS', 'REMINDERS');

-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('IMMEDIATELY', 'DAILY_DIGEST', 'OFF');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'HELD_FOR_DIGEST', 'SENT', 'DIGESTED', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "unsubscribeToken" TEXT NOT NULL DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');

-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "calendarSequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "calendarUid" TEXT NOT NULL DEFAULT gen_random_uuid()::text,
ADD COLUMN     "noShowContestNote" TEXT,
ADD COLUMN     "noShowContestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "noShowNote" TEXT;

-- CreateTable
CREATE TABLE "EmailPreference" (
    "userId" UUID NOT NULL,
    "category" "EmailCategory" NOT NULL,
    "frequency" "EmailFrequency" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailPreference_pkey" PRIMARY KEY ("userId","category")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "category" "EmailCategory" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "notificationId" UUID,
    "proposalId" UUID,
    "interviewId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "dueAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "messageId" TEXT NOT NULL,
    "subject" TEXT,
    "raw" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "digestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailMessage_dedupeKey_key" ON "EmailMessage"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "EmailMessage_messageId_key" ON "EmailMessage"("messageId");

-- CreateIndex
CREATE INDEX "EmailMessage_status_dueAt_idx" ON "EmailMessage"("status", "dueAt");

-- CreateIndex
CREATE INDEX "EmailMessage_userId_createdAt_idx" ON "EmailMessage"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "EmailMessage_interviewId_idx" ON "EmailMessage"("interviewId");

-- CreateIndex
CREATE INDEX "EmailMessage_proposalId_idx" ON "EmailMessage"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "User_unsubscribeToken_key" ON "User"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "Interview_calendarUid_idx" ON "Interview"("calendarUid");

-- AddForeignKey
ALTER TABLE "EmailPreference" ADD CONSTRAINT "EmailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

