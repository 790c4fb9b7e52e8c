-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY');

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,
    "groups" JSONB NOT NULL,
    "required" TEXT[],
    "anchors" TEXT[],
    "frequency" "AlertFrequency" NOT NULL DEFAULT 'DAILY',
    "unsubscribeToken" TEXT NOT NULL,
    "lastDigestAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedSearchDelivery" (
    "id" UUID NOT NULL,
    "savedSearchId" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "reasons" JSONB NOT NULL,
    "digestedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearchDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailTypeUnsubscribe" (
    "token" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailTypeUnsubscribe_pkey" PRIMARY KEY ("token")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_unsubscribeToken_key" ON "SavedSearch"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "SavedSearch_userId_createdAt_idx" ON "SavedSearch"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "SavedSearch_anchors_idx" ON "SavedSearch" USING GIN ("anchors" array_ops);

-- CreateIndex
CREATE INDEX "SavedSearchDelivery_digestedAt_savedSearchId_idx" ON "SavedSearchDelivery"("digestedAt", "savedSearchId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearchDelivery_savedSearchId_entityType_entityId_key" ON "SavedSearchDelivery"("savedSearchId", "entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailTypeUnsubscribe_userId_type_key" ON "EmailTypeUnsubscribe"("userId", "type");

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearchDelivery" ADD CONSTRAINT "SavedSearchDelivery_savedSearchId_fkey" FOREIGN KEY ("savedSearchId") REFERENCES "SavedSearch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailTypeUnsubscribe" ADD CONSTRAINT "EmailTypeUnsubscribe_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
