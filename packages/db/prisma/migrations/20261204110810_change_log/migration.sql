-- CreateEnum
CREATE TYPE "ChangeEntity" AS ENUM ('CANDIDATE', 'JOB', 'PROPOSAL', 'INTERVIEW');

-- CreateTable
CREATE TABLE "ChangeLogEntry" (
    "position" BIGSERIAL NOT NULL,
    "agencyId" UUID NOT NULL,
    "entity" "ChangeEntity" NOT NULL,
    "entityId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorApiKeyId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "ChangeLogEntry_pkey" PRIMARY KEY ("position")
);

-- CreateIndex
CREATE INDEX "ChangeLogEntry_agencyId_position_idx" ON "ChangeLogEntry"("agencyId", "position");

-- CreateIndex
CREATE INDEX "ChangeLogEntry_entity_entityId_position_idx" ON "ChangeLogEntry"("entity", "entityId", "position");

