-- CreateTable
CREATE TABLE "PublicContentVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "PublicContentVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "PublicContentVersion" (id, version) VALUES (1, 0);

-- Every table whose rows a visitor's page shows (listings with their photos, IP titles, verified claims and
-- reservations; organisations with their fields; the fields of science) moves the version when a transaction that
-- wrote it commits. Deferred to commit and taken once per transaction (a transaction-local setting remembers it):
-- the row is locked only while the writer commits, after its other locks, so it adds no deadlock, and a reader never
-- sees the new version before the content it stands for. A page that shows another table must add it here.
CREATE FUNCTION "PublicContentVersion_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('exchange.public_content_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "PublicContentVersion" SET version = version + 1 WHERE id = 1;
    PERFORM set_config('exchange.public_content_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Listing', 'ListingImage', 'IpTitle', 'ClaimVerification', 'Order', 'Organisation', 'OrganisationField', 'FieldOfScience'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION "PublicContentVersion_bump"()', t || '_public_content_version', t);
  END LOOP;
END
$$;
