-- The audit log is append-only. The application only ever inserts into "AuditEvent"
-- (lib/audit.ts), and this trigger makes the database refuse anything else, so a bug or a
-- careless script cannot rewrite history. Someone with the power to drop or disable the
-- trigger (the table owner, a superuser) can still tamper: the hash chain is what shows
-- that (`npm run audit:verify`).
--
-- Written by hand: triggers are not part of the Prisma schema, so the schema diff neither
-- writes nor sees them (tests/integration/migrations.test.ts stays empty).
--
-- NO SEMICOLON may appear in this file except at the end of a statement, not even in a
-- comment or a string: @prisma/adapter-pg runs a migration by splitting its text at every
-- semicolon. The function body therefore spells its statement terminators as the octal
-- escape \073 inside an E'' string, which PostgreSQL turns back into semicolons.

CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN
  RAISE EXCEPTION ''AuditEvent is append-only: % is not allowed'', TG_OP
    USING ERRCODE = ''insufficient_privilege'',
          HINT = ''Audit events are never changed or deleted. Record a new event instead.''\073
END\073';

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
