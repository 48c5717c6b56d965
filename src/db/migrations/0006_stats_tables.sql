CREATE TABLE "stats_category_month" (
	"month" date NOT NULL,
	"category_id" integer NOT NULL,
	"sphere_id" integer NOT NULL,
	"shard" smallint NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_category_month_month_category_id_shard_pk" PRIMARY KEY("month","category_id","shard")
);
--> statement-breakpoint
CREATE TABLE "stats_day" (
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"criticality" text NOT NULL,
	"shard" smallint NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"first_contact" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"close_minutes" bigint DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"rating_n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_day_day_channel_criticality_shard_pk" PRIMARY KEY("day","channel","criticality","shard")
);
--> statement-breakpoint
CREATE TABLE "stats_executor_month" (
	"month" date NOT NULL,
	"executor_id" integer NOT NULL,
	"shard" smallint NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"extended" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"rating_n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_executor_month_month_executor_id_shard_pk" PRIMARY KEY("month","executor_id","shard")
);
--> statement-breakpoint
CREATE TABLE "stats_open" (
	"executor_id" integer NOT NULL,
	"due_day" date NOT NULL,
	"shard" smallint NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_open_executor_id_due_day_shard_pk" PRIMARY KEY("executor_id","due_day","shard")
);
--> statement-breakpoint
CREATE TABLE "stats_state" (
	"status" text NOT NULL,
	"shard" smallint NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_state_status_shard_pk" PRIMARY KEY("status","shard")
);
