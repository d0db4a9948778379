CREATE TABLE "late_interest_charges" (
	"invoice_id" uuid PRIMARY KEY NOT NULL,
	"interest_invoice_id" uuid NOT NULL,
	"interest_ore" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "late_interest_charges_interest_invoice_id_unique" UNIQUE("interest_invoice_id"),
	CONSTRAINT "late_interest_charges_positive" CHECK ("late_interest_charges"."interest_ore" > 0)
);
--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD COLUMN "late_interest_charged" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD COLUMN "late_interest_minimum_ore" integer DEFAULT 5000 NOT NULL;--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD COLUMN "late_interest_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD COLUMN "late_interest_checked_to" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "late_interest_charges" ADD CONSTRAINT "late_interest_charges_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "late_interest_charges" ADD CONSTRAINT "late_interest_charges_interest_invoice_id_invoices_id_fk" FOREIGN KEY ("interest_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER "late_interest_charges_insert_only" BEFORE UPDATE OR DELETE ON "late_interest_charges" FOR EACH ROW EXECUTE FUNCTION "public"."refuse_booking_change"();--> statement-breakpoint
CREATE INDEX "payment_allocations_created_idx" ON "payment_allocations" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD CONSTRAINT "landlord_settings_late_interest_minimum" CHECK ("landlord_settings"."late_interest_minimum_ore" between 0 and 100000);