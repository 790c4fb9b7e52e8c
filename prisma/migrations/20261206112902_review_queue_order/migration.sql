-- CreateIndex
CREATE INDEX "Listing_status_submittedAt_updatedAt_id_idx" ON "Listing"("status", "submittedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Organisation_status_submittedAt_updatedAt_id_idx" ON "Organisation"("status", "submittedAt", "updatedAt", "id");
