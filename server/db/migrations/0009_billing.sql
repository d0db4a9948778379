CREATE TYPE "public"."invoice_kind" AS ENUM('rent', 'one_off', 'credit');--> statement-breakpoint
CREATE TYPE "public"."invoice_run_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "invoice_number_counters" (
	"series" text PRIMARY KEY NOT NULL,
	"last_number" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"rent_row_id" uuid,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"period_from" date,
	"period_to" date,
	"net_ore" bigint NOT NULL,
	"vat_rate_percent" smallint NOT NULL,
	"vat_ore" bigint NOT NULL,
	CONSTRAINT "invoice_rows_vat_rate" CHECK ("invoice_rows"."vat_rate_percent" in (0, 25))
);
--> statement-breakpoint
CREATE TABLE "invoice_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_key" text NOT NULL,
	"status" "invoice_run_status" DEFAULT 'queued' NOT NULL,
	"invoice_count" integer DEFAULT 0 NOT NULL,
	"leases_total" integer DEFAULT 0 NOT NULL,
	"leases_done" integer DEFAULT 0 NOT NULL,
	"total_ore" bigint DEFAULT 0 NOT NULL,
	"skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigint NOT NULL,
	"kind" "invoice_kind" NOT NULL,
	"customer_id" uuid NOT NULL,
	"lease_id" uuid,
	"run_id" uuid,
	"credits_invoice_id" uuid,
	"period_key" text,
	"period_from" date,
	"period_to" date,
	"issue_date" date NOT NULL,
	"due_date" date NOT NULL,
	"ocr" text,
	"text" text,
	"net_ore" bigint NOT NULL,
	"vat_ore" bigint NOT NULL,
	"total_ore" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "invoices_number_unique" UNIQUE("number"),
	CONSTRAINT "invoices_ocr_unique" UNIQUE("ocr"),
	CONSTRAINT "invoices_total" CHECK ("invoices"."total_ore" = "invoices"."net_ore" + "invoices"."vat_ore"),
	CONSTRAINT "invoices_credit_has_target" CHECK (("invoices"."kind" = 'credit') = ("invoices"."credits_invoice_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "payment_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"amount_ore" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid,
	"amount_ore" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"reference" text,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payments_source" CHECK ("payments"."source" in ('demo', 'manual', 'bank'))
);
--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD COLUMN "f_tax" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "leases" ADD COLUMN "voluntary_vat" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rent_rows" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "rent_rows" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "rent_rows" ADD COLUMN "kpi_base" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "rent_rows" ADD COLUMN "kpi_current" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "invoice_rows" ADD CONSTRAINT "invoice_rows_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_rows" ADD CONSTRAINT "invoice_rows_rent_row_id_rent_rows_id_fk" FOREIGN KEY ("rent_row_id") REFERENCES "public"."rent_rows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_runs" ADD CONSTRAINT "invoice_runs_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_run_id_invoice_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."invoice_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_credits_invoice_id_invoices_id_fk" FOREIGN KEY ("credits_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_rows_position_idx" ON "invoice_rows" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE INDEX "invoice_runs_created_idx" ON "invoice_runs" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_rent_lease_period_idx" ON "invoices" USING btree ("lease_id","period_key") WHERE "invoices"."kind" = 'rent';--> statement-breakpoint
CREATE INDEX "invoices_customer_issue_idx" ON "invoices" USING btree ("customer_id","issue_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "invoices_credits_idx" ON "invoices" USING btree ("credits_invoice_id");--> statement-breakpoint
CREATE INDEX "invoices_run_idx" ON "invoices" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_invoice_idx" ON "payment_allocations" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_payment_idx" ON "payment_allocations" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "payments_customer_idx" ON "payments" USING btree ("customer_id");--> statement-breakpoint
ALTER TABLE "rent_rows" ADD CONSTRAINT "rent_rows_valid_to_after_from" CHECK ("rent_rows"."valid_to" is null or "rent_rows"."valid_from" is null or "rent_rows"."valid_to" >= "rent_rows"."valid_from");--> statement-breakpoint
-- Written by hand (drizzle-kit knows no triggers): bookings are insert-only. A mistake in an invoice is
-- corrected by a credit note, a payment's by a reversing row; nothing is edited or deleted.
CREATE FUNCTION "public"."refuse_booking_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'bookings are insert-only: % on % is refused (credit or reverse instead)', TG_OP, TG_TABLE_NAME
		USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "invoices_insert_only" BEFORE UPDATE OR DELETE ON "invoices" FOR EACH ROW EXECUTE FUNCTION "public"."refuse_booking_change"();--> statement-breakpoint
CREATE TRIGGER "invoice_rows_insert_only" BEFORE UPDATE OR DELETE ON "invoice_rows" FOR EACH ROW EXECUTE FUNCTION "public"."refuse_booking_change"();--> statement-breakpoint
CREATE TRIGGER "payments_insert_only" BEFORE UPDATE OR DELETE ON "payments" FOR EACH ROW EXECUTE FUNCTION "public"."refuse_booking_change"();--> statement-breakpoint
CREATE TRIGGER "payment_allocations_insert_only" BEFORE UPDATE OR DELETE ON "payment_allocations" FOR EACH ROW EXECUTE FUNCTION "public"."refuse_booking_change"();--> statement-breakpoint
INSERT INTO "invoice_number_counters" ("series", "last_number") VALUES ('invoice', 0);
