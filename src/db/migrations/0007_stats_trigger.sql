-- Counters for the wallboard and the ratings, kept in the same transaction as every change of
-- an appeal. jauap_stats_apply(row, sign) adds (+1) or removes (-1) one row's contribution; the
-- trigger removes the old row's and adds the new row's, so the counters always equal a recount
-- (src/app/stats.ts recounts from the appeals and compares). Days are local (UTC+5, Kazakhstan).
-- The rules (which appeals count where) are documented in README.md, "Ratings".
CREATE OR REPLACE FUNCTION jauap_local_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT ((t AT TIME ZONE 'UTC') + interval '5 hours')::date
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION jauap_stats_apply(r appeals, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  -- Writers on different connections update different rows: no queue on one hot counter.
  sh smallint := (pg_backend_pid() % 8)::smallint;
  cday date := jauap_local_day(r.created_at);
  xday date;
  cat integer := 0;
  sph integer := 0;
BEGIN
  INSERT INTO stats_state AS s (status, shard, n) VALUES (r.status, sh, sign)
    ON CONFLICT (status, shard) DO UPDATE SET n = s.n + sign;

  INSERT INTO stats_day AS s (day, channel, criticality, shard, registered, first_contact)
    VALUES (cday, r.channel, r.criticality, sh, sign, CASE WHEN r.first_contact THEN sign ELSE 0 END)
    ON CONFLICT (day, channel, criticality, shard) DO UPDATE
      SET registered = s.registered + excluded.registered, first_contact = s.first_contact + excluded.first_contact;

  IF r.status = 'closed' AND r.closed_at IS NOT NULL THEN
    xday := jauap_local_day(r.closed_at);
    INSERT INTO stats_day AS s (day, channel, criticality, shard, closed, close_minutes, rating_sum, rating_n)
      VALUES (xday, r.channel, r.criticality, sh, sign,
              sign * floor(extract(epoch FROM (r.closed_at - r.created_at)) / 60)::bigint,
              sign * coalesce(r.rating, 0), CASE WHEN r.rating IS NULL THEN 0 ELSE sign END)
      ON CONFLICT (day, channel, criticality, shard) DO UPDATE
        SET closed = s.closed + excluded.closed, close_minutes = s.close_minutes + excluded.close_minutes,
            rating_sum = s.rating_sum + excluded.rating_sum, rating_n = s.rating_n + excluded.rating_n;
    -- The executors' rating: closed appeals they answered, by the month they closed.
    IF r.executor_id IS NOT NULL AND r.answered_at IS NOT NULL THEN
      INSERT INTO stats_executor_month AS s (month, executor_id, shard, closed, on_time, extended, rating_sum, rating_n)
        VALUES (date_trunc('month', xday)::date, r.executor_id, sh, sign,
                CASE WHEN r.answered_at <= r.due_at THEN sign ELSE 0 END,
                CASE WHEN r.extended_days > 0 THEN sign ELSE 0 END,
                sign * coalesce(r.rating, 0), CASE WHEN r.rating IS NULL THEN 0 ELSE sign END)
        ON CONFLICT (month, executor_id, shard) DO UPDATE
          SET closed = s.closed + excluded.closed, on_time = s.on_time + excluded.on_time, extended = s.extended + excluded.extended,
              rating_sum = s.rating_sum + excluded.rating_sum, rating_n = s.rating_n + excluded.rating_n;
    END IF;
  END IF;

  IF r.catalogue_item_id IS NOT NULL THEN
    SELECT coalesce(c.id, 0), coalesce(c.parent_id, 0) INTO cat, sph
      FROM catalogue i LEFT JOIN catalogue c ON c.id = i.parent_id WHERE i.id = r.catalogue_item_id;
  END IF;
  INSERT INTO stats_category_month AS s (month, category_id, sphere_id, shard, registered)
    VALUES (date_trunc('month', cday)::date, coalesce(cat, 0), coalesce(sph, 0), sh, sign)
    ON CONFLICT (month, category_id, shard) DO UPDATE SET registered = s.registered + excluded.registered;

  -- Open with the deadline running (the domain's RUNNING_STATUSES): overdue = due before now.
  IF r.status IN ('registered', 'routed', 'accepted', 'answered', 'rework', 'verified', 'reopened') THEN
    INSERT INTO stats_open AS s (executor_id, due_day, shard, n)
      VALUES (coalesce(r.executor_id, 0), jauap_local_day(r.due_at), sh, sign)
      ON CONFLICT (executor_id, due_day, shard) DO UPDATE SET n = s.n + excluded.n;
  END IF;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION jauap_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Most updates (comments, assignment, version bumps) change nothing the counters read.
  IF TG_OP = 'UPDATE' AND (OLD.status, OLD.channel, OLD.criticality, OLD.created_at, OLD.closed_at, OLD.answered_at,
      OLD.due_at, OLD.executor_id, OLD.rating, OLD.first_contact, OLD.catalogue_item_id, OLD.extended_days)
    IS NOT DISTINCT FROM (NEW.status, NEW.channel, NEW.criticality, NEW.created_at, NEW.closed_at, NEW.answered_at,
      NEW.due_at, NEW.executor_id, NEW.rating, NEW.first_contact, NEW.catalogue_item_id, NEW.extended_days) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM jauap_stats_apply(OLD, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM jauap_stats_apply(NEW, 1); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER appeals_stats AFTER INSERT OR UPDATE OR DELETE ON appeals
  FOR EACH ROW EXECUTE FUNCTION jauap_stats_trigger();
-- Appeals that existed before the counters are counted at start-up (prepareDatabase → rebuildStats).
