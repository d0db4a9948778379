CREATE TYPE "public"."bank_file_format" AS ENUM('bgmax', 'camt.053', 'camt.054');--> statement-breakpoint
CREATE TYPE "public"."bank_file_status" AS ENUM('queued', 'importing', 'done', 'refused', 'failed');--> statement-breakpoint
CREATE TABLE "bank_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"format" "bank_file_format",
	"file_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"file_key" text NOT NULL,
	"source" text NOT NULL,
	"status" "bank_file_status" DEFAULT 'queued' NOT NULL,
	"message_id" text,
	"report" jsonb,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"received_by" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "bank_files_sha256_unique" UNIQUE("sha256"),
	CONSTRAINT "bank_files_source" CHECK ("bank_files"."source" in ('upload', 'api', 'folder'))
);
--> statement-breakpoint
CREATE TABLE "invoice_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"sent_on" date NOT NULL,
	"fee_invoice_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_assignments_payment_id_unique" UNIQUE("payment_id")
);
--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "kind" text DEFAULT 'payment' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "bank_file_id" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "identity" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "fingerprint" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "payer_name" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "unmatched_reason" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_of" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "bank_files" ADD CONSTRAINT "bank_files_received_by_staff_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_fee_invoice_id_invoices_id_fk" FOREIGN KEY ("fee_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_assignments" ADD CONSTRAINT "payment_assignments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_assignments" ADD CONSTRAINT "payment_assignments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_assignments" ADD CONSTRAINT "payment_assignments_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_files_received_idx" ON "bank_files" USING btree ("received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_reminders_level_idx" ON "invoice_reminders" USING btree ("invoice_id","level");--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_bank_file_id_bank_files_id_fk" FOREIGN KEY ("bank_file_id") REFERENCES "public"."bank_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_refund_of_payments_id_fk" FOREIGN KEY ("refund_of") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payments_fingerprint_idx" ON "payments" USING btree ("fingerprint");--> statement-breakpoint
CREATE INDEX "payments_bank_file_idx" ON "payments" USING btree ("bank_file_id");--> statement-breakpoint
CREATE INDEX "payments_refund_of_idx" ON "payments" USING btree ("refund_of");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_identity_unique" UNIQUE("identity");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_kind" CHECK ("payments"."kind" in ('payment', 'deduction', 'return', 'refund'));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_refund_names_payment" CHECK (("payments"."kind" = 'refund') = ("payments"."refund_of" is not null));--> statement-breakpoint
-- Written by hand (drizzle-kit knows no triggers): like payments and their allocations, a payment's
-- assignment to a customer and a sent reminder are bookings, insert-only (refuse_booking_change, 0009).
CREATE TRIGGER "payment_assignments_insert_only" BEFORE UPDATE OR DELETE ON "payment_assignments" FOR EACH ROW EXECUTE FUNCTION "public"."refuse_booking_change"();--> statement-breakpoint
CREATE TRIGGER "invoice_reminders_insert_only" BEFORE UPDATE OR DELETE ON "invoice_reminders" FOR EACH ROW EXECUTE FUNCTION "public"."refuse_booking_change"();
