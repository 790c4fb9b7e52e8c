-- CreateTable
CREATE TABLE "ListingMatch" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "firstShownAt" TIMESTAMPTZ(3),
    "notifiedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ListingMatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ListingMatch_offerId_score_idx" ON "ListingMatch"("offerId", "score" DESC);

-- CreateIndex
CREATE INDEX "ListingMatch_requestId_score_idx" ON "ListingMatch"("requestId", "score" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ListingMatch_requestId_offerId_key" ON "ListingMatch"("requestId", "offerId");

-- AddForeignKey
ALTER TABLE "ListingMatch" ADD CONSTRAINT "ListingMatch_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingMatch" ADD CONSTRAINT "ListingMatch_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A listing or an organisation that becomes published (first time, or again after being unpublished, expired or
-- renewed) queues one 'matchmaking.published' job in the transaction that publishes it; the listeners of
-- server/modules/matchmaking/publication.ts (saved-search alerts, request ↔ offer matching) run from it. Only a
-- change of status counts: an approved edit of a published item is not news, and seeds that insert published rows
-- queue nothing. The job key folds a publish → unpublish → publish burst into one job.
CREATE FUNCTION "queue_publication"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM graphile_worker.add_job(
    'matchmaking.published',
    json_build_object('kind', TG_ARGV[0], 'id', NEW.id::text),
    max_attempts => 5,
    job_key => 'published:' || TG_ARGV[0] || ':' || NEW.id
  );
  RETURN NULL;
END
$$;
CREATE TRIGGER "Listing_queue_publication" AFTER UPDATE OF status ON "Listing"
  FOR EACH ROW WHEN (NEW.status = 'PUBLISHED' AND OLD.status IS DISTINCT FROM 'PUBLISHED')
  EXECUTE FUNCTION "queue_publication"('listing');
CREATE TRIGGER "Organisation_queue_publication" AFTER UPDATE OF status ON "Organisation"
  FOR EACH ROW WHEN (NEW.status = 'PUBLISHED' AND OLD.status IS DISTINCT FROM 'PUBLISHED')
  EXECUTE FUNCTION "queue_publication"('organisation');
