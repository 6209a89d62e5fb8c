-- AlterEnum
ALTER TYPE "EmailCategory" ADD VALUE 'INTEGRATIONS';

