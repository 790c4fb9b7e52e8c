-- AlterTable
ALTER TABLE "ModerationDecision" ADD COLUMN     "submittedAt" TIMESTAMPTZ(3);

-- The submission a decision answers is the item's latest submission (first one or an edit's) before the decision,
-- as the audit trail records it in the submitting transaction. Kept on the decision by the database itself, whoever
-- writes decisions (the workflow, the demo seed, imports), so the report's time to decision reads one row.
CREATE FUNCTION "ModerationDecision_submitted_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."submittedAt" IS NULL AND NEW.action <> 'UNPUBLISH' THEN
    NEW."submittedAt" := (
      SELECT max(a."createdAt") FROM "AuditEvent" a
      WHERE a."entityType" = NEW."entityType" AND a."entityId" = NEW."entityId"::text AND a."createdAt" <= NEW."createdAt"
        AND a.action IN (NEW."entityType" || '.submit', NEW."entityType" || '.submitRevision')
    );
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "ModerationDecision_submitted_at" BEFORE INSERT ON "ModerationDecision"
  FOR EACH ROW EXECUTE FUNCTION "ModerationDecision_submitted_at"();

-- The decisions already taken.
UPDATE "ModerationDecision" d SET "submittedAt" = (
  SELECT max(a."createdAt") FROM "AuditEvent" a
  WHERE a."entityType" = d."entityType" AND a."entityId" = d."entityId"::text AND a."createdAt" <= d."createdAt"
    AND a.action IN (d."entityType" || '.submit', d."entityType" || '.submitRevision')
) WHERE d.action <> 'UNPUBLISH';
