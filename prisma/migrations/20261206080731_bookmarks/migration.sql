-- CreateTable
CREATE TABLE "Bookmark" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "listingId" UUID,
    "organisationId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bookmark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookmarkNotice" (
    "changeId" UUID NOT NULL,
    "listingId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "followers" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookmarkNotice_pkey" PRIMARY KEY ("changeId")
);

-- CreateIndex
CREATE INDEX "Bookmark_userId_createdAt_id_idx" ON "Bookmark"("userId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Bookmark_listingId_idx" ON "Bookmark"("listingId");

-- CreateIndex
CREATE INDEX "Bookmark_organisationId_idx" ON "Bookmark"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Bookmark_userId_listingId_key" ON "Bookmark"("userId", "listingId");

-- CreateIndex
CREATE UNIQUE INDEX "Bookmark_userId_organisationId_key" ON "Bookmark"("userId", "organisationId");

-- CreateIndex
CREATE INDEX "BookmarkNotice_listingId_createdAt_idx" ON "BookmarkNotice"("listingId", "createdAt");

-- AddForeignKey
ALTER TABLE "Bookmark" ADD CONSTRAINT "Bookmark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bookmark" ADD CONSTRAINT "Bookmark_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bookmark" ADD CONSTRAINT "Bookmark_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookmarkNotice" ADD CONSTRAINT "BookmarkNotice_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A bookmark names exactly one item: a listing or an organisation.
ALTER TABLE "Bookmark" ADD CONSTRAINT "Bookmark_one_item" CHECK (("listingId" IS NULL) <> ("organisationId" IS NULL));

-- News for the followers of a published listing, queued in the transaction that makes it, wherever that is (a
-- revision's approval, a deposit's payment, the clock's expiry, a moderator's or the owner's move): its price
-- changed, a paid deposit reserved it, or it left the exchange. One job per change, with the old and new values and
-- a fresh change id; the task records the change id with the notifications it writes, so a retry tells nobody twice
-- (server/modules/bookmark/bookmark-news.ts). The key is that id, so an admin's retry revives that very job; a key
-- shared by several changes would merge them and lose the old values. Listings nobody follows queue nothing.
CREATE FUNCTION "Listing_queue_bookmark_news"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  news text;
  change uuid;
BEGIN
  IF NEW.status <> 'PUBLISHED' THEN
    news := 'ended';
  ELSIF NEW."reservedUntil" > now() AND (OLD."reservedUntil" IS NULL OR OLD."reservedUntil" <= now()) THEN
    news := 'reserved';
  ELSIF (OLD."priceType", OLD."priceMin", OLD."priceMax") IS DISTINCT FROM (NEW."priceType", NEW."priceMin", NEW."priceMax") THEN
    news := 'priceChanged';
  ELSE
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "Bookmark" WHERE "listingId" = NEW.id) THEN
    RETURN NULL;
  END IF;
  change := gen_random_uuid();
  PERFORM graphile_worker.add_job(
    'bookmark.listingChanged',
    json_build_object(
      'changeId', change::text,
      'listingId', NEW.id::text,
      'kind', news,
      'status', NEW.status::text,
      'reservedUntil', NEW."reservedUntil",
      -- Amounts as text: a bigint is exact in JSON text, not in a JavaScript number.
      'old', json_build_object('type', OLD."priceType"::text, 'min', OLD."priceMin"::text, 'max', OLD."priceMax"::text),
      'new', json_build_object('type', NEW."priceType"::text, 'min', NEW."priceMin"::text, 'max', NEW."priceMax"::text)
    ),
    max_attempts => 8,
    job_key => 'bookmark:' || change
  );
  RETURN NULL;
END
$$;
CREATE TRIGGER "Listing_queue_bookmark_news" AFTER UPDATE OF "priceType", "priceMin", "priceMax", "reservedUntil", status ON "Listing"
  FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION "Listing_queue_bookmark_news"();
