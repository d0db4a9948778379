ALTER TABLE "landlord_settings" ADD COLUMN "reminder_fee_ore" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD COLUMN "reminder_days_after_due" integer[] DEFAULT '{3,14}' NOT NULL;--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD COLUMN "sie_accounts" jsonb;--> statement-breakpoint
CREATE INDEX "invoice_reminders_fee_invoice_idx" ON "invoice_reminders" USING btree ("fee_invoice_id");--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD CONSTRAINT "landlord_settings_reminder_fee" CHECK ("landlord_settings"."reminder_fee_ore" between 0 and 6000);--> statement-breakpoint
ALTER TABLE "landlord_settings" ADD CONSTRAINT "landlord_settings_reminder_days" CHECK (cardinality("landlord_settings"."reminder_days_after_due") between 1 and 5);