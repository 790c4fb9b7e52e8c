-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('BUYER', 'MODERATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('vi', 'en');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('ST_ORGANISATION', 'ST_ENTERPRISE', 'ENTERPRISE', 'UNIVERSITY_INSTITUTE', 'COOPERATIVE', 'DEPARTMENT_UNIT');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('OWNER', 'EDITOR');

-- CreateEnum
CREATE TYPE "ModerationStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'UNPUBLISHED', 'ARCHIVED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ListingKind" AS ENUM ('TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER', 'TECHNOLOGY_REQUEST');

-- CreateEnum
CREATE TYPE "PriceType" AS ENUM ('FIXED', 'RANGE', 'NEGOTIABLE');

-- CreateEnum
CREATE TYPE "TechnologyLevel" AS ENUM ('ADVANCED', 'MEDIUM_ADVANCED', 'OUTDATED');

-- CreateEnum
CREATE TYPE "IpType" AS ENUM ('PATENT', 'UTILITY_SOLUTION', 'INDUSTRIAL_DESIGN', 'TRADEMARK', 'COLLECTIVE_TRADEMARK', 'CERTIFICATION_TRADEMARK', 'GEOGRAPHICAL_INDICATION', 'TRADE_SECRET', 'SOFTWARE');

-- CreateEnum
CREATE TYPE "IpStatus" AS ENUM ('APPLICATION_FILED', 'APPLICATION_ACCEPTED', 'GRANTED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ReportField" AS ENUM ('NATURAL_SCIENCES', 'ENGINEERING_TECHNOLOGY', 'MEDICAL_HEALTH', 'AGRICULTURAL', 'SOCIAL_HUMANITIES');

-- CreateEnum
CREATE TYPE "OutboxOp" AS ENUM ('UPSERT', 'DELETE');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'BUYER',
    "locale" "Locale" NOT NULL DEFAULT 'vi',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldOfScience" (
    "code" TEXT NOT NULL,
    "parentCode" TEXT,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "reportField" "ReportField" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FieldOfScience_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "shortName" TEXT,
    "taxCode" TEXT,
    "stCertificateNumber" TEXT,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "addressLine" TEXT,
    "commune" TEXT,
    "province" TEXT NOT NULL,
    "status" "ModerationStatus" NOT NULL DEFAULT 'DRAFT',
    "verifiedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationField" (
    "organisationId" UUID NOT NULL,
    "fieldCode" TEXT NOT NULL,

    CONSTRAINT "OrganisationField_pkey" PRIMARY KEY ("organisationId","fieldCode")
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","organisationId")
);

-- CreateTable
CREATE TABLE "Listing" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ListingKind" NOT NULL,
    "status" "ModerationStatus" NOT NULL DEFAULT 'DRAFT',
    "organisationId" UUID NOT NULL,
    "createdById" UUID,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "summaryVi" TEXT NOT NULL,
    "summaryEn" TEXT,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "fieldCode" TEXT NOT NULL,
    "trl" INTEGER,
    "appraisalLevel" "TechnologyLevel",
    "keywords" TEXT[],
    "priceType" "PriceType" NOT NULL DEFAULT 'NEGOTIABLE',
    "priceMin" BIGINT,
    "priceMax" BIGINT,
    "commune" TEXT,
    "province" TEXT NOT NULL,
    "hideOrganisation" BOOLEAN NOT NULL DEFAULT false,
    "details" JSONB NOT NULL DEFAULT '{}',
    "validUntil" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Listing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IpTitle" (
    "id" UUID NOT NULL,
    "type" "IpType" NOT NULL,
    "status" "IpStatus" NOT NULL,
    "number" TEXT,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "ownerName" TEXT NOT NULL,
    "organisationId" UUID,
    "listingId" UUID,
    "grantedAt" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IpTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" BIGSERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "op" "OutboxOp" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "availableAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "FieldOfScience_parentCode_idx" ON "FieldOfScience"("parentCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_taxCode_key" ON "Organisation"("taxCode");

-- CreateIndex
CREATE INDEX "Organisation_status_kind_idx" ON "Organisation"("status", "kind");

-- CreateIndex
CREATE INDEX "OrganisationField_fieldCode_idx" ON "OrganisationField"("fieldCode");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Listing_slug_key" ON "Listing"("slug");

-- CreateIndex
CREATE INDEX "Listing_status_publishedAt_idx" ON "Listing"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Listing_organisationId_status_idx" ON "Listing"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Listing_kind_status_idx" ON "Listing"("kind", "status");

-- CreateIndex
CREATE INDEX "Listing_fieldCode_idx" ON "Listing"("fieldCode");

-- CreateIndex
CREATE INDEX "IpTitle_organisationId_idx" ON "IpTitle"("organisationId");

-- CreateIndex
CREATE INDEX "IpTitle_listingId_idx" ON "IpTitle"("listingId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Outbox_processedAt_availableAt_id_idx" ON "Outbox"("processedAt", "availableAt", "id");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldOfScience" ADD CONSTRAINT "FieldOfScience_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "FieldOfScience"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationField" ADD CONSTRAINT "OrganisationField_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationField" ADD CONSTRAINT "OrganisationField_fieldCode_fkey" FOREIGN KEY ("fieldCode") REFERENCES "FieldOfScience"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_fieldCode_fkey" FOREIGN KEY ("fieldCode") REFERENCES "FieldOfScience"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IpTitle" ADD CONSTRAINT "IpTitle_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IpTitle" ADD CONSTRAINT "IpTitle_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
