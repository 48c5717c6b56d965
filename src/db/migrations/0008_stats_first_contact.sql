ALTER TABLE "stats_state" ADD COLUMN "first_contact" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- The total closed on first contact, read in one row instead of summing every day.
CREATE OR REPLACE FUNCTION jauap_stats_apply(r appeals, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  -- Writers on different connections update different rows: no queue on one hot counter.
  sh smallint := (pg_backend_pid() % 8)::smallint;
  cday date := jauap_local_day(r.created_at);
  xday date;
  cat integer := 0;
  sph integer := 0;
BEGIN
  INSERT INTO stats_state AS s (status, shard, n, first_contact) VALUES (r.status, sh, sign, CASE WHEN r.first_contact THEN sign ELSE 0 END)
    ON CONFLICT (status, shard) DO UPDATE SET n = s.n + sign, first_contact = s.first_contact + excluded.first_contact;

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
-- Counted again at the next start (rebuildStats) with the new column.
DELETE FROM settings WHERE key = 'stats_built';
