-- The audit log is append-only. The application only ever inserts into "AuditEvent"
-- (lib/audit.ts); this trigger makes the database refuse anything else, so a bug or a
-- careless script cannot rewrite history. Someone with the power to drop or disable the
-- trigger (the table owner, a superuser) can still tamper: the hash chain is what shows
-- that (`npm run audit:verify`).
-- Triggers are not part of the Prisma schema, so this migration is written by hand; the
-- schema diff does not see it (tests/integration/migrations.test.ts stays empty).

CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit events are never changed or deleted; record a new event instead.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
