ALTER TABLE "bank_files" ADD COLUMN "payments_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_files" ADD COLUMN "payments_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_files" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bank_files" ADD COLUMN "failure" text;--> statement-breakpoint
CREATE INDEX "payments_entry_identity_idx" ON "payments" USING btree (("details"->>'entryIdentity'));