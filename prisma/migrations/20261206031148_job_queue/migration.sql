-- DropIndex
DROP INDEX "EmailOutbox_sentAt_availableAt_id_idx";

-- DropIndex
DROP INDEX "Outbox_processedAt_availableAt_id_idx";

-- AlterTable
ALTER TABLE "EmailOutbox" DROP COLUMN "availableAt";

-- AlterTable
ALTER TABLE "Outbox" DROP COLUMN "availableAt";

-- CreateIndex
CREATE INDEX "EmailOutbox_sentAt_attempts_id_idx" ON "EmailOutbox"("sentAt", "attempts", "id");

-- CreateIndex
CREATE INDEX "Outbox_processedAt_attempts_id_idx" ON "Outbox"("processedAt", "attempts", "id");

-- Background work runs on graphile-worker (its schema is installed before these migrations, prisma/migrate.ts).
-- The outbox tables stay the record; these triggers queue the jobs in the transaction that writes the rows, so
-- no change can be committed without its job, and no repository has to know about the queue.

-- The search outbox: each statement that adds rows queues one drain of the whole outbox. No job key, on purpose:
-- a key would make every writing transaction wait on the one job row until it commits (and could deadlock with
-- the rows it locks afterwards). One drain runs at a time across every process (an advisory lock, see
-- server/modules/jobs/tasks.ts), so a slower drain never writes an older state over a newer one; a drain retires the
-- drains queued before it started.
CREATE FUNCTION "Outbox_queue_drain"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM inserted) THEN
    PERFORM graphile_worker.add_job('search.index', max_attempts => 25);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Outbox_queue_drain" AFTER INSERT ON "Outbox"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "Outbox_queue_drain"();

-- The e-mail outbox: one job per message, keyed by the message so an admin's retry revives that very job.
-- 8 attempts (MAIL_MAX_ATTEMPTS in server/modules/notification/mail-delivery.ts).
CREATE FUNCTION "EmailOutbox_queue_send"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM graphile_worker.add_job('email.send', json_build_object('id', NEW.id::text), max_attempts => 8, job_key => 'email:' || NEW.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER "EmailOutbox_queue_send" AFTER INSERT ON "EmailOutbox"
  FOR EACH ROW EXECUTE FUNCTION "EmailOutbox_queue_send"();

-- What was waiting when the queue arrived gets its jobs too.
SELECT graphile_worker.add_job('search.index', max_attempts => 25)
WHERE EXISTS (SELECT 1 FROM "Outbox" WHERE "processedAt" IS NULL);
SELECT graphile_worker.add_job('email.send', json_build_object('id', id::text), max_attempts => 8, job_key => 'email:' || id)
FROM "EmailOutbox" WHERE "sentAt" IS NULL AND attempts < 8;
