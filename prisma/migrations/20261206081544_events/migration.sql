-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ExhibitorStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED');

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionVi" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "onlineUrl" TEXT,
    "registrationDeadline" TIMESTAMPTZ(3) NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventExhibitor" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "status" "ExhibitorStatus" NOT NULL DEFAULT 'PENDING',
    "registeredById" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventExhibitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventListing" (
    "exhibitorId" UUID NOT NULL,
    "listingId" UUID NOT NULL,

    CONSTRAINT "EventListing_pkey" PRIMARY KEY ("exhibitorId","listingId")
);

-- CreateTable
CREATE TABLE "MeetingSlot" (
    "id" UUID NOT NULL,
    "exhibitorId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "slotId" UUID NOT NULL,
    "exhibitorId" UUID NOT NULL,
    "requesterId" UUID NOT NULL,
    "requesterOrganisationId" UUID,
    "message" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'REQUESTED',
    "requesterConfirmedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "exhibitorConfirmedAt" TIMESTAMPTZ(3),
    "exhibitorConfirmedById" UUID,
    "closedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "EventExhibitor_organisationId_idx" ON "EventExhibitor"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "EventExhibitor_eventId_organisationId_key" ON "EventExhibitor"("eventId", "organisationId");

-- CreateIndex
CREATE INDEX "EventListing_listingId_idx" ON "EventListing"("listingId");

-- CreateIndex
CREATE INDEX "MeetingSlot_exhibitorId_startsAt_idx" ON "MeetingSlot"("exhibitorId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_slotId_idx" ON "Meeting"("slotId");

-- CreateIndex
CREATE INDEX "Meeting_exhibitorId_createdAt_idx" ON "Meeting"("exhibitorId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Meeting_requesterId_createdAt_idx" ON "Meeting"("requesterId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "EventExhibitor" ADD CONSTRAINT "EventExhibitor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventListing" ADD CONSTRAINT "EventListing_exhibitorId_fkey" FOREIGN KEY ("exhibitorId") REFERENCES "EventExhibitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSlot" ADD CONSTRAINT "MeetingSlot_exhibitorId_fkey" FOREIGN KEY ("exhibitorId") REFERENCES "EventExhibitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "MeetingSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_exhibitorId_fkey" FOREIGN KEY ("exhibitorId") REFERENCES "EventExhibitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A slot holds at most one confirmed meeting, whatever races the service loses (Prisma cannot say a partial index).
CREATE UNIQUE INDEX "Meeting_one_confirmed_per_slot" ON "Meeting"("slotId") WHERE "status" = 'CONFIRMED';
