-- AlterEnum
ALTER TYPE "EmailCategory" ADD VALUE 'PRIVACY';

