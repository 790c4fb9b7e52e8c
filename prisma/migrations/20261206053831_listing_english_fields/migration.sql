-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "keywordsEn" TEXT[] DEFAULT ARRAY[]::TEXT[];
