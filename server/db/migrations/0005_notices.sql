CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"audience_kind" text NOT NULL,
	"audience_ids" uuid[] NOT NULL,
	"created_by_staff_id" uuid NOT NULL,
	"customer_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outgoing_messages" ADD COLUMN "notice_id" uuid;--> statement-breakpoint
ALTER TABLE "outgoing_messages" ADD COLUMN "customer_id" uuid;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_created_by_staff_id_staff_users_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outgoing_messages_notice_idx" ON "outgoing_messages" USING btree ("notice_id");