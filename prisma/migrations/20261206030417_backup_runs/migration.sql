-- CreateEnum
CREATE TYPE "BackupStatus" AS ENUM ('RUNNING', 'OK', 'FAILED');

-- CreateTable
CREATE TABLE "BackupRun" (
    "id" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "status" "BackupStatus" NOT NULL DEFAULT 'RUNNING',
    "fileName" TEXT,
    "sizeBytes" BIGINT,
    "error" TEXT,
    "startedById" UUID,
    "prunedAt" TIMESTAMPTZ(3),

    CONSTRAINT "BackupRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BackupRun_startedAt_id_idx" ON "BackupRun"("startedAt" DESC, "id");
