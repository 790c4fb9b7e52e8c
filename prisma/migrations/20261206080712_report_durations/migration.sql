-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "firstAnswerTenths" INTEGER,
ADD COLUMN     "firstAnsweredAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ModerationDecision" ADD COLUMN     "decisionTenths" INTEGER;

-- CreateIndex
CREATE INDEX "Inquiry_createdAt_direction_firstAnswerTenths_idx" ON "Inquiry"("createdAt", "direction", "firstAnswerTenths");

-- CreateIndex
CREATE INDEX "ModerationDecision_createdAt_entityType_action_decisionTent_idx" ON "ModerationDecision"("createdAt", "entityType", "action", "decisionTenths");
-- The trigger of migration decision_submitted_at also keeps the duration, in whole tenths of an hour (the precision
-- the report shows), whoever writes the decision.
CREATE OR REPLACE FUNCTION "ModerationDecision_submitted_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."submittedAt" IS NULL AND NEW.action <> 'UNPUBLISH' THEN
    NEW."submittedAt" := (
      SELECT max(a."createdAt") FROM "AuditEvent" a
      WHERE a."entityType" = NEW."entityType" AND a."entityId" = NEW."entityId"::text AND a."createdAt" <= NEW."createdAt"
        AND a.action IN (NEW."entityType" || '.submit', NEW."entityType" || '.submitRevision')
    );
  END IF;
  NEW."decisionTenths" := round(extract(epoch FROM NEW."createdAt" - NEW."submittedAt") / 360)::int;
  RETURN NEW;
END $$;

DROP TRIGGER "ModerationDecision_submitted_at" ON "ModerationDecision";
CREATE TRIGGER "ModerationDecision_submitted_at" BEFORE INSERT OR UPDATE OF "submittedAt", "createdAt" ON "ModerationDecision"
  FOR EACH ROW EXECUTE FUNCTION "ModerationDecision_submitted_at"();

UPDATE "ModerationDecision" SET "decisionTenths" = round(extract(epoch FROM "createdAt" - "submittedAt") / 360)::int
WHERE "submittedAt" IS NOT NULL;

-- An inquiry's first answer: the first message of the listing's side. Whoever writes messages (the inquiry service,
-- the demo seed, imports), the inquiry keeps when and how long after its opening it came.
CREATE FUNCTION "InquiryMessage_first_answer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Inquiry" i SET "firstAnsweredAt" = NEW."createdAt",
    "firstAnswerTenths" = round(extract(epoch FROM NEW."createdAt" - i."createdAt") / 360)::int
  WHERE i.id = NEW."inquiryId" AND (i."firstAnsweredAt" IS NULL OR i."firstAnsweredAt" > NEW."createdAt");
  RETURN NULL;
END $$;
CREATE TRIGGER "InquiryMessage_first_answer" AFTER INSERT ON "InquiryMessage"
  FOR EACH ROW WHEN (NEW.side = 'OWNER') EXECUTE FUNCTION "InquiryMessage_first_answer"();

UPDATE "Inquiry" i SET "firstAnsweredAt" = a.at, "firstAnswerTenths" = round(extract(epoch FROM a.at - i."createdAt") / 360)::int
FROM (SELECT "inquiryId", min("createdAt") AS at FROM "InquiryMessage" WHERE side = 'OWNER' GROUP BY "inquiryId") a
WHERE a."inquiryId" = i.id;
