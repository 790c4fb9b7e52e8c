-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('SENT', 'ANSWERED', 'DECLINED');

-- CreateEnum
CREATE TYPE "IntroductionSide" AS ENUM ('REQUEST', 'OFFER');

-- CreateTable
CREATE TABLE "Introduction" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "matchId" UUID,
    "note" TEXT NOT NULL,
    "brokeredById" UUID NOT NULL,
    "status" "IntroductionStatus" NOT NULL DEFAULT 'SENT',
    "openPair" TEXT,
    "inquiryId" UUID,
    "firstAnsweredAt" TIMESTAMPTZ(3),
    "answeredBySide" "IntroductionSide",
    "answeredById" UUID,
    "declineNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Introduction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Introduction_openPair_key" ON "Introduction"("openPair");

-- CreateIndex
CREATE UNIQUE INDEX "Introduction_inquiryId_key" ON "Introduction"("inquiryId");

-- CreateIndex
CREATE INDEX "Introduction_createdAt_id_idx" ON "Introduction"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Introduction_requestId_idx" ON "Introduction"("requestId");

-- CreateIndex
CREATE INDEX "Introduction_offerId_idx" ON "Introduction"("offerId");

-- CreateIndex
CREATE INDEX "Introduction_matchId_idx" ON "Introduction"("matchId");

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "ListingMatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;
