-- CreateEnum
CREATE TYPE "InquiryDirection" AS ENUM ('INQUIRY', 'PROPOSAL');

-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('OPEN', 'IN_DISCUSSION', 'NDA_REQUESTED', 'NDA_ACCEPTED', 'AGREED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "InquirySide" AS ENUM ('REQUESTER', 'OWNER');

-- CreateEnum
CREATE TYPE "DeclineReason" AS ENUM ('TOO_EARLY', 'PRICE', 'NOT_A_FIT', 'IP_UNCLEAR', 'OTHER');

-- CreateEnum
CREATE TYPE "DealStatus" AS ENUM ('RECORDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('FEATURED_PLACEMENT', 'EQUIPMENT_DEPOSIT');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('PENDING_PAYMENT', 'PAID', 'CONFIRMED', 'COMPLETED', 'REFUND_PENDING', 'REFUNDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentType" AS ENUM ('CHARGE', 'REFUND');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "dossierEn" TEXT,
ADD COLUMN     "dossierVi" TEXT,
ADD COLUMN     "featuredUntil" TIMESTAMPTZ(3),
ADD COLUMN     "reservedUntil" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailOptOut" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" UUID NOT NULL,
    "direction" "InquiryDirection" NOT NULL,
    "listingId" UUID NOT NULL,
    "ownerOrganisationId" UUID NOT NULL,
    "requesterId" UUID NOT NULL,
    "requesterOrganisationId" UUID,
    "requesterOrganisationName" TEXT,
    "message" TEXT NOT NULL,
    "intendedUse" TEXT,
    "status" "InquiryStatus" NOT NULL DEFAULT 'OPEN',
    "declineReason" "DeclineReason",
    "declineNote" TEXT,
    "declinedBySide" "InquirySide",
    "ndaVersion" INTEGER,
    "ndaRequestedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryMessage" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "authorId" UUID,
    "side" "InquirySide" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryAttachment" (
    "id" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NdaVersion" (
    "version" INTEGER NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyVi" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "effectiveAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NdaVersion_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "NdaAcceptance" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "side" "InquirySide" NOT NULL,
    "userId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "textHash" TEXT NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NdaAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" UUID NOT NULL,
    "inquiryId" UUID,
    "listingId" UUID NOT NULL,
    "sellerOrganisationId" UUID NOT NULL,
    "buyerUserId" UUID NOT NULL,
    "buyerOrganisationId" UUID,
    "buyerOrganisationName" TEXT,
    "status" "DealStatus" NOT NULL DEFAULT 'RECORDED',
    "transferObjects" TEXT[],
    "transferForm" TEXT NOT NULL,
    "transferModes" TEXT[],
    "rights" JSONB NOT NULL DEFAULT '{}',
    "valueVnd" BIGINT NOT NULL,
    "signedOn" DATE NOT NULL,
    "registrationRequired" BOOLEAN NOT NULL DEFAULT false,
    "registrationReason" TEXT,
    "recordedById" UUID NOT NULL,
    "surveyDueAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "orderId" UUID,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealSurvey" (
    "id" UUID NOT NULL,
    "dealId" UUID NOT NULL,
    "side" "InquirySide" NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "answeredAt" TIMESTAMPTZ(3),
    "answeredById" UUID,
    "implemented" BOOLEAN,
    "satisfaction" INTEGER,
    "comment" TEXT,

    CONSTRAINT "DealSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL,
    "kind" "OrderKind" NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'PENDING_PAYMENT',
    "listingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID,
    "amountVnd" BIGINT NOT NULL,
    "days" INTEGER NOT NULL,
    "checkoutSessionId" TEXT,
    "checkoutUrl" TEXT,
    "paymentIntentId" TEXT,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "declineNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "paidAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "type" "PaymentType" NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "amountVnd" BIGINT NOT NULL,
    "stripeId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "processedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "link" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" BIGSERIAL NOT NULL,
    "notificationId" UUID,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "availableAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Inquiry_listingId_idx" ON "Inquiry"("listingId");

-- CreateIndex
CREATE INDEX "Inquiry_requesterId_updatedAt_idx" ON "Inquiry"("requesterId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Inquiry_ownerOrganisationId_status_updatedAt_idx" ON "Inquiry"("ownerOrganisationId", "status", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "InquiryMessage_inquiryId_createdAt_idx" ON "InquiryMessage"("inquiryId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InquiryAttachment_fileName_key" ON "InquiryAttachment"("fileName");

-- CreateIndex
CREATE INDEX "InquiryAttachment_messageId_idx" ON "InquiryAttachment"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "NdaAcceptance_inquiryId_side_key" ON "NdaAcceptance"("inquiryId", "side");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_inquiryId_key" ON "Deal"("inquiryId");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_orderId_key" ON "Deal"("orderId");

-- CreateIndex
CREATE INDEX "Deal_listingId_idx" ON "Deal"("listingId");

-- CreateIndex
CREATE INDEX "Deal_sellerOrganisationId_createdAt_idx" ON "Deal"("sellerOrganisationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Deal_surveyDueAt_idx" ON "Deal"("surveyDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "DealSurvey_dealId_side_key" ON "DealSurvey"("dealId", "side");

-- CreateIndex
CREATE UNIQUE INDEX "Order_checkoutSessionId_key" ON "Order"("checkoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_paymentIntentId_key" ON "Order"("paymentIntentId");

-- CreateIndex
CREATE INDEX "Order_listingId_status_idx" ON "Order"("listingId", "status");

-- CreateIndex
CREATE INDEX "Order_userId_createdAt_idx" ON "Order"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Order_status_endsAt_idx" ON "Order"("status", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripeId_key" ON "Payment"("stripeId");

-- CreateIndex
CREATE INDEX "Payment_orderId_idx" ON "Payment"("orderId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_sentAt_availableAt_id_idx" ON "EmailOutbox"("sentAt", "availableAt", "id");

-- CreateIndex
CREATE INDEX "Listing_featuredUntil_idx" ON "Listing"("featuredUntil");

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryAttachment" ADD CONSTRAINT "InquiryAttachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "InquiryMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_version_fkey" FOREIGN KEY ("version") REFERENCES "NdaVersion"("version") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealSurvey" ADD CONSTRAINT "DealSurvey_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
