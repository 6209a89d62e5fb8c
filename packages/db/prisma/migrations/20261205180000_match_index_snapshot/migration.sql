-- CreateTable
CREATE TABLE "MatchIndexSnapshot" (
    "agencyId" UUID NOT NULL,
    "position" BIGINT NOT NULL,
    "format" INTEGER NOT NULL,
    "candidates" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "chunks" INTEGER NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchIndexSnapshot_pkey" PRIMARY KEY ("agencyId")
);

-- CreateTable
CREATE TABLE "MatchIndexSnapshotChunk" (
    "agencyId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "MatchIndexSnapshotChunk_pkey" PRIMARY KEY ("agencyId","seq")
);

-- The chunks are typed arrays read whole: stored out of line and uncompressed, so neither writing nor reading
-- spends time on pglz (hand-written; Prisma's schema has no storage attribute).
ALTER TABLE "MatchIndexSnapshotChunk" ALTER COLUMN "data" SET STORAGE EXTERNAL;

-- AddForeignKey
ALTER TABLE "MatchIndexSnapshot" ADD CONSTRAINT "MatchIndexSnapshot_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchIndexSnapshotChunk" ADD CONSTRAINT "MatchIndexSnapshotChunk_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "MatchIndexSnapshot"("agencyId") ON DELETE CASCADE ON UPDATE CASCADE;
