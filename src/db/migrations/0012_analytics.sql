CREATE TABLE "stats_analytics" (
	"grain" text NOT NULL,
	"period" date NOT NULL,
	"district_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"executor_id" integer NOT NULL,
	"channel" text NOT NULL,
	"shard" smallint NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"close_minutes" bigint DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"rating_n" integer DEFAULT 0 NOT NULL,
	"counted" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"extended" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_analytics_grain_period_district_id_item_id_executor_id_channel_shard_pk" PRIMARY KEY("grain","period","district_id","item_id","executor_id","channel","shard")
);
--> statement-breakpoint
-- The analytics rollup joins the counters' trigger (0009): two more parts of a row's contribution,
-- each written for a month and a week in one statement, and only when its key or value changed.
--   1 status · 2 registered by day · 4 closed (day, executor's month) · 8 category · 16 open by due day
--   32 analytics: registered (by the period it was registered in) · 64 analytics: closed (by the period it closed in)
CREATE OR REPLACE FUNCTION jauap_stats_apply(r appeals, sign integer, parts integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  sh smallint := (pg_backend_pid() % 8)::smallint;
  cday date := jauap_local_day(r.created_at);
  xday date;
  cat integer := 0;
  sph integer := 0;
  counted boolean;
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

  IF parts & 32 <> 0 THEN
    INSERT INTO stats_analytics AS s (grain, period, district_id, item_id, executor_id, channel, shard, registered)
      VALUES ('m', date_trunc('month', cday)::date, coalesce(r.district_id, 0), coalesce(r.catalogue_item_id, 0), coalesce(r.executor_id, 0), r.channel, sh, sign),
             ('w', date_trunc('week', cday)::date, coalesce(r.district_id, 0), coalesce(r.catalogue_item_id, 0), coalesce(r.executor_id, 0), r.channel, sh, sign)
      ON CONFLICT (grain, period, district_id, item_id, executor_id, channel, shard) DO UPDATE SET registered = s.registered + excluded.registered;
  END IF;

  IF parts & 64 <> 0 AND r.status = 'closed' AND r.closed_at IS NOT NULL THEN
    xday := jauap_local_day(r.closed_at);
    -- The on-time base is the executors' rating's: closed with the executor's answer.
    counted := r.executor_id IS NOT NULL AND r.answered_at IS NOT NULL;
    INSERT INTO stats_analytics AS s (grain, period, district_id, item_id, executor_id, channel, shard,
                                      closed, close_minutes, rating_sum, rating_n, counted, on_time, extended)
      SELECT g.grain, date_trunc(g.unit, xday)::date, coalesce(r.district_id, 0), coalesce(r.catalogue_item_id, 0), coalesce(r.executor_id, 0), r.channel, sh,
             sign, sign * floor(extract(epoch FROM (r.closed_at - r.created_at)) / 60)::bigint,
             sign * coalesce(r.rating, 0), CASE WHEN r.rating IS NULL THEN 0 ELSE sign END,
             CASE WHEN counted THEN sign ELSE 0 END,
             CASE WHEN counted AND r.answered_at <= r.due_at THEN sign ELSE 0 END,
             CASE WHEN counted AND r.extended_days > 0 THEN sign ELSE 0 END
        FROM (VALUES ('m', 'month'), ('w', 'week')) AS g (grain, unit)
      ON CONFLICT (grain, period, district_id, item_id, executor_id, channel, shard) DO UPDATE
        SET closed = s.closed + excluded.closed, close_minutes = s.close_minutes + excluded.close_minutes,
            rating_sum = s.rating_sum + excluded.rating_sum, rating_n = s.rating_n + excluded.rating_n,
            counted = s.counted + excluded.counted, on_time = s.on_time + excluded.on_time, extended = s.extended + excluded.extended;
  END IF;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION jauap_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parts integer := 127;
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
    IF (OLD.created_at, OLD.district_id, OLD.catalogue_item_id, OLD.executor_id, OLD.channel)
       IS DISTINCT FROM (NEW.created_at, NEW.district_id, NEW.catalogue_item_id, NEW.executor_id, NEW.channel) THEN
      parts := parts | 32;
    END IF;
    IF (OLD.status = 'closed' OR NEW.status = 'closed') AND
       (OLD.status, OLD.closed_at, OLD.created_at, OLD.channel, OLD.rating, OLD.executor_id, OLD.answered_at, OLD.due_at, OLD.extended_days, OLD.district_id, OLD.catalogue_item_id)
       IS DISTINCT FROM (NEW.status, NEW.closed_at, NEW.created_at, NEW.channel, NEW.rating, NEW.executor_id, NEW.answered_at, NEW.due_at, NEW.extended_days, NEW.district_id, NEW.catalogue_item_id) THEN
      parts := parts | 64;
    END IF;
    IF parts = 0 THEN RETURN NULL; END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM jauap_stats_apply(OLD, -1, parts); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM jauap_stats_apply(NEW, 1, parts); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Counted at the next start (ensureStats → rebuildStats), the new table with the rest.
DELETE FROM settings WHERE key = 'stats_built';
