-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ModerationAction" AS ENUM ('APPROVE', 'REQUEST_CHANGES', 'REJECT', 'UNPUBLISH');

-- CreateEnum
CREATE TYPE "ModerationReason" AS ENUM ('INCOMPLETE', 'UNCLEAR_BENEFIT', 'UNVERIFIABLE_CLAIMS', 'NOT_A_TECHNOLOGY', 'DUPLICATE', 'OUT_OF_SCOPE', 'IP_DISPUTE', 'INAPPROPRIATE', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimType" AS ENUM ('IP_NUMBER', 'TRL_EVIDENCE', 'APPRAISAL_LEVEL', 'ST_CERTIFICATE');

-- DropForeignKey
ALTER TABLE "Listing" DROP CONSTRAINT "Listing_fieldCode_fkey";

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "expiryWarnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "publishedHash" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3),
ALTER COLUMN "summaryVi" SET DEFAULT '',
ALTER COLUMN "fieldCode" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "submittedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Revision" (
    "id" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "status" "RevisionStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationDecision" (
    "id" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "revisionId" UUID,
    "moderatorId" UUID NOT NULL,
    "action" "ModerationAction" NOT NULL,
    "reason" "ModerationReason",
    "comment" TEXT,
    "fieldComments" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimVerification" (
    "id" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "claim" "ClaimType" NOT NULL,
    "note" TEXT,
    "verifiedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingImage" (
    "id" UUID NOT NULL,
    "listingId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "alt" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationInvitation" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OrganisationInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_createdAt_idx" ON "Revision"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_status_submittedAt_idx" ON "Revision"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "ModerationDecision_entityType_entityId_createdAt_idx" ON "ModerationDecision"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimVerification_entityType_entityId_claim_key" ON "ClaimVerification"("entityType", "entityId", "claim");

-- CreateIndex
CREATE UNIQUE INDEX "ListingImage_fileName_key" ON "ListingImage"("fileName");

-- CreateIndex
CREATE INDEX "ListingImage_listingId_position_idx" ON "ListingImage"("listingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationInvitation_tokenHash_key" ON "OrganisationInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "OrganisationInvitation_organisationId_idx" ON "OrganisationInvitation"("organisationId");

-- CreateIndex
CREATE INDEX "OrganisationInvitation_email_idx" ON "OrganisationInvitation"("email");

-- CreateIndex
CREATE INDEX "Listing_status_validUntil_idx" ON "Listing"("status", "validUntil");

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_fieldCode_fkey" FOREIGN KEY ("fieldCode") REFERENCES "FieldOfScience"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingImage" ADD CONSTRAINT "ListingImage_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationInvitation" ADD CONSTRAINT "OrganisationInvitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
