-- CreateIndex
CREATE INDEX "Listing_status_submittedAt_id_idx" ON "Listing"("status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Listing_status_updatedAt_id_idx" ON "Listing"("status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Organisation_status_submittedAt_id_idx" ON "Organisation"("status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Organisation_status_updatedAt_id_idx" ON "Organisation"("status", "updatedAt", "id");
