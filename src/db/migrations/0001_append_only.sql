-- The timeline and the audit trail are append-only: no row is ever changed or removed.
CREATE OR REPLACE FUNCTION jauap_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER appeal_events_append_only BEFORE UPDATE OR DELETE ON appeal_events
  FOR EACH ROW EXECUTE FUNCTION jauap_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION jauap_append_only();
