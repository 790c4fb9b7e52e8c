-- CreateEnum
CREATE TYPE "AuditActorKind" AS ENUM ('USER', 'PLATFORM');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorKind" "AuditActorKind" NOT NULL DEFAULT 'USER';

-- The clock's moves recorded before this column existed carry no actor: they were the platform's.
UPDATE "AuditEvent" SET "actorKind" = 'PLATFORM'
WHERE "actorId" IS NULL
  AND "action" IN ('listing.expire', 'listing.expiryWarning', 'deal.surveySent', 'order.complete', 'order.lapse', 'seed.create');
