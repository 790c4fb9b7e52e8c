-- CreateTable
CREATE TABLE "ReportSourceVersion" (
    "table" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ReportSourceVersion_pkey" PRIMARY KEY ("table")
);

-- Every table a section of the staff report reads moves its own number when a transaction that wrote it commits:
-- deferred to commit and taken once per transaction and table (a transaction-local setting remembers it), as
-- PublicContentVersion's are, so a reader never sees the new number before the rows it stands for. An upsert, so
-- a table without a row yet still moves. A section that reads another table must add it here and in its `reads`.
-- A committing transaction may move several of these rows, and PublicContentVersion's, in the order it wrote the
-- tables: each first locks PublicContentVersion's row (without moving it), so committers take these locks one at a
-- time, always in that order, and two of them can never wait for each other (a deadlock).
CREATE FUNCTION "ReportSourceVersion_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE flag text := 'exchange.report_bumped_' || lower(TG_TABLE_NAME);
BEGIN
  IF current_setting(flag, true) IS DISTINCT FROM 'yes' THEN
    PERFORM 1 FROM "PublicContentVersion" WHERE id = 1 FOR UPDATE;
    INSERT INTO "ReportSourceVersion" ("table", version) VALUES (TG_TABLE_NAME, 1)
      ON CONFLICT ("table") DO UPDATE SET version = "ReportSourceVersion".version + 1;
    PERFORM set_config(flag, 'yes', true);
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Listing', 'FieldOfScience', 'Organisation', 'IpTitle', 'AuditEvent', 'ModerationDecision', 'Inquiry',
    'NdaAcceptance', 'Deal', 'DepartmentFigures', 'ListingMatch', 'Introduction'] LOOP
    INSERT INTO "ReportSourceVersion" ("table", version) VALUES (t, 0);
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION "ReportSourceVersion_bump"()', t || '_report_source_version', t);
  END LOOP;
END
$$;
