-- The pipeline lists a proposal's match numbers; reading them from matchSnapshot (a few kB of JSON per proposal)
-- made every list of proposals load every snapshot. They become columns, filled from each stored snapshot.
-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "matchForwardScore" REAL,
ADD COLUMN     "matchReverseScore" REAL;

-- Backfill: every writer has stored the whole MatchResult, forward and reverse score included.
UPDATE "Proposal"
SET "matchForwardScore" = ("matchSnapshot" ->> 'forwardScore')::real,
    "matchReverseScore" = ("matchSnapshot" ->> 'reverseScore')::real;

ALTER TABLE "Proposal" ALTER COLUMN "matchForwardScore" SET NOT NULL,
ALTER COLUMN "matchReverseScore" SET NOT NULL;
