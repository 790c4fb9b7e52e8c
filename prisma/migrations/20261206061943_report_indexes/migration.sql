-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE INDEX "Listing_report_idx" ON "Listing"("publishedAt", "kind", "fieldCode", "commune", "status", "createdAt", "id");
