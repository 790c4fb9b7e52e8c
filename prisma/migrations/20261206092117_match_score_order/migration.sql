-- CreateIndex
CREATE INDEX "ListingMatch_score_id_idx" ON "ListingMatch"("score" DESC, "id" DESC);
