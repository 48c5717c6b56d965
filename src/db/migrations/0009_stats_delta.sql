-- The counters' trigger writes only the parts a change touches. Each part of a row's
-- contribution (bits of `parts`) is applied only when its key or value differs between the old
-- and the new row: accepting an appeal moves it between two status counters and nothing else,
-- instead of taking out and putting back every counter it is in. Same figures, fewer writes.
--   1 status · 2 registered by day · 4 closed (day, executor's month) · 8 category · 16 open by due day
DROP FUNCTION IF EXISTS jauap_stats_apply(appeals, integer);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION jauap_stats_apply(r appeals, sign integer, parts integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  sh smallint := (pg_backend_pid() % 8)::smallint;
  cday date := jauap_local_day(r.created_at);
  xday date;
  cat integer := 0;
  sph integer := 0;
BEGIN
  IF parts & 1 <> 0 THEN
    INSERT INTO stats_state AS s (status, shard, n, first_contact) VALUES (r.status, sh, sign, CASE WHEN r.first_contact THEN sign ELSE 0 END)
      ON CONFLICT (status, shard) DO UPDATE SET n = s.n + sign, first_contact = s.first_contact + excluded.first_contact;
  END IF;

  IF parts & 2 <> 0 THEN
    INSERT INTO stats_day AS s (day, channel, criticality, shard, registered, first_contact)
      VALUES (cday, r.channel, r.criticality, sh, sign, CASE WHEN r.first_contact THEN sign ELSE 0 END)
      ON CONFLICT (day, channel, criticality, shard) DO UPDATE
        SET registered = s.registered + excluded.registered, first_contact = s.first_contact + excluded.first_contact;
  END IF;

  IF parts & 4 <> 0 AND r.status = 'closed' AND r.closed_at IS NOT NULL THEN
    xday := jauap_local_day(r.closed_at);
    INSERT INTO stats_day AS s (day, channel, criticality, shard, closed, close_minutes, rating_sum, rating_n)
      VALUES (xday, r.channel, r.criticality, sh, sign,
              sign * floor(extract(epoch FROM (r.closed_at - r.created_at)) / 60)::bigint,
              sign * coalesce(r.rating, 0), CASE WHEN r.rating IS NULL THEN 0 ELSE sign END)
      ON CONFLICT (day, channel, criticality, shard) DO UPDATE
        SET closed = s.closed + excluded.closed, close_minutes = s.close_minutes + excluded.close_minutes,
            rating_sum = s.rating_sum + excluded.rating_sum, rating_n = s.rating_n + excluded.rating_n;
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

  IF parts & 8 <> 0 THEN
    IF r.catalogue_item_id IS NOT NULL THEN
      SELECT coalesce(c.id, 0), coalesce(c.parent_id, 0) INTO cat, sph
        FROM catalogue i LEFT JOIN catalogue c ON c.id = i.parent_id WHERE i.id = r.catalogue_item_id;
    END IF;
    INSERT INTO stats_category_month AS s (month, category_id, sphere_id, shard, registered)
      VALUES (date_trunc('month', cday)::date, coalesce(cat, 0), coalesce(sph, 0), sh, sign)
      ON CONFLICT (month, category_id, shard) DO UPDATE SET registered = s.registered + excluded.registered;
  END IF;

  IF parts & 16 <> 0 AND r.status IN ('registered', 'routed', 'accepted', 'answered', 'rework', 'verified', 'reopened') THEN
    INSERT INTO stats_open AS s (executor_id, due_day, shard, n)
      VALUES (coalesce(r.executor_id, 0), jauap_local_day(r.due_at), sh, sign)
      ON CONFLICT (executor_id, due_day, shard) DO UPDATE SET n = s.n + excluded.n;
  END IF;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION jauap_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parts integer := 31;
  running text[] := ARRAY['registered', 'routed', 'accepted', 'answered', 'rework', 'verified', 'reopened'];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    parts := 0;
    IF (OLD.status, OLD.first_contact) IS DISTINCT FROM (NEW.status, NEW.first_contact) THEN parts := parts | 1; END IF;
    IF (OLD.created_at, OLD.channel, OLD.criticality, OLD.first_contact) IS DISTINCT FROM (NEW.created_at, NEW.channel, NEW.criticality, NEW.first_contact) THEN
      parts := parts | 2;
    END IF;
    -- Closed: any change while closed, or into or out of closed.
    IF (OLD.status = 'closed' OR NEW.status = 'closed') AND
       (OLD.status, OLD.closed_at, OLD.created_at, OLD.channel, OLD.criticality, OLD.rating, OLD.executor_id, OLD.answered_at, OLD.due_at, OLD.extended_days)
       IS DISTINCT FROM (NEW.status, NEW.closed_at, NEW.created_at, NEW.channel, NEW.criticality, NEW.rating, NEW.executor_id, NEW.answered_at, NEW.due_at, NEW.extended_days) THEN
      parts := parts | 4;
    END IF;
    IF (OLD.created_at, OLD.catalogue_item_id) IS DISTINCT FROM (NEW.created_at, NEW.catalogue_item_id) THEN parts := parts | 8; END IF;
    IF (OLD.status = ANY (running), OLD.executor_id, jauap_local_day(OLD.due_at)) IS DISTINCT FROM (NEW.status = ANY (running), NEW.executor_id, jauap_local_day(NEW.due_at)) THEN
      parts := parts | 16;
    END IF;
    IF parts = 0 THEN RETURN NULL; END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM jauap_stats_apply(OLD, -1, parts); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM jauap_stats_apply(NEW, 1, parts); END IF;
  RETURN NULL;
END;
$$;
