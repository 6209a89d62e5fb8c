-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Skill" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;


-- Rows that existed before: last changed no later than they were made, as far as anyone can tell.
UPDATE "Agency" SET "updatedAt" = "createdAt";
UPDATE "User" SET "updatedAt" = "createdAt";
