-- CreateIndex
CREATE INDEX "Listing_updatedAt_id_idx" ON "Listing"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Organisation_updatedAt_id_idx" ON "Organisation"("updatedAt", "id");
