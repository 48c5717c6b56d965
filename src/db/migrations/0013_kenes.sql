CREATE TABLE "kenes_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"channel" text DEFAULT 'web' NOT NULL,
	"lang" text NOT NULL,
	"status" text DEFAULT 'bot' NOT NULL,
	"state" jsonb NOT NULL,
	"handoff_reason" text,
	"handoff_at" timestamp with time zone,
	"suggested_item_id" integer,
	"taken_by_id" integer,
	"taken_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"appeal_id" uuid,
	"day" date NOT NULL,
	"questions" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"thumbs_up" integer DEFAULT 0 NOT NULL,
	"thumbs_down" integer DEFAULT 0 NOT NULL,
	"deflected" boolean DEFAULT false NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kenes_conversations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "kenes_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"role" text NOT NULL,
	"author_id" integer,
	"text" text NOT NULL,
	"lang" text,
	"kind" text,
	"data" jsonb,
	"client_id" text,
	"feedback" text,
	"feedback_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kenes_stats_day" (
	"day" date NOT NULL,
	"shard" smallint NOT NULL,
	"conversations" integer DEFAULT 0 NOT NULL,
	"questions" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"handed_off" integer DEFAULT 0 NOT NULL,
	"deflected" integer DEFAULT 0 NOT NULL,
	"thumbs_up" integer DEFAULT 0 NOT NULL,
	"thumbs_down" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kenes_stats_day_day_shard_pk" PRIMARY KEY("day","shard")
);
--> statement-breakpoint
ALTER TABLE "kenes_conversations" ADD CONSTRAINT "kenes_conversations_suggested_item_id_catalogue_id_fk" FOREIGN KEY ("suggested_item_id") REFERENCES "public"."catalogue"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kenes_conversations" ADD CONSTRAINT "kenes_conversations_taken_by_id_users_id_fk" FOREIGN KEY ("taken_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kenes_conversations" ADD CONSTRAINT "kenes_conversations_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kenes_messages" ADD CONSTRAINT "kenes_messages_conversation_id_kenes_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."kenes_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kenes_messages" ADD CONSTRAINT "kenes_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kenes_conversations_queue" ON "kenes_conversations" USING btree ("status","handoff_at");--> statement-breakpoint
CREATE UNIQUE INDEX "kenes_messages_seq" ON "kenes_messages" USING btree ("conversation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "kenes_messages_client" ON "kenes_messages" USING btree ("conversation_id","role","client_id") WHERE client_id is not null;