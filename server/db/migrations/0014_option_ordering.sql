CREATE TYPE "public"."option_order_status" AS ENUM('received', 'approved', 'planned', 'done', 'closed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."option_unit" AS ENUM('piece', 'other');--> statement-breakpoint
CREATE TABLE "option_cart_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"rental_object_id" uuid NOT NULL,
	"option_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"option_version" integer NOT NULL,
	"added_by_tenant_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "option_cart_lines_quantity" CHECK ("option_cart_lines"."quantity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "option_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "option_order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"option_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"name" text NOT NULL,
	"unit" "option_unit" NOT NULL,
	"monthly_ore" bigint,
	"monthly_vat_rate_percent" smallint NOT NULL,
	"fee_ore" bigint,
	"fee_vat_rate_percent" smallint NOT NULL,
	"rent_row_id" uuid,
	CONSTRAINT "option_order_lines_quantity" CHECK ("option_order_lines"."quantity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "option_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"rental_object_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"status" "option_order_status" DEFAULT 'received' NOT NULL,
	"planned_date" date,
	"rejection_reason" text,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"wished_time" text DEFAULT '' NOT NULL,
	"terms_accepted_at" timestamp with time zone NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"created_by_tenant_user_id" uuid NOT NULL,
	"fee_invoice_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"handled_by_staff_id" uuid,
	CONSTRAINT "option_orders_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "option_orders_planned" CHECK ("option_orders"."status" <> 'planned' or "option_orders"."planned_date" is not null),
	CONSTRAINT "option_orders_rejected" CHECK ("option_orders"."status" <> 'rejected' or "option_orders"."rejection_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "option_pictures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"option_id" uuid NOT NULL,
	"attachment_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "option_pictures_attachment_id_unique" UNIQUE("attachment_id")
);
--> statement-breakpoint
CREATE TABLE "option_terms" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_staff_id" uuid,
	CONSTRAINT "option_terms_single_row" CHECK ("option_terms"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"monthly_ore" bigint,
	"monthly_vat_rate_percent" smallint DEFAULT 25 NOT NULL,
	"fee_ore" bigint,
	"fee_vat_rate_percent" smallint DEFAULT 25 NOT NULL,
	"unit" "option_unit" NOT NULL,
	"max_quantity" integer DEFAULT 1 NOT NULL,
	"space_kind" "space_kind" NOT NULL,
	"object_types" "rental_object_type"[] DEFAULT '{}' NOT NULL,
	"object_ids" uuid[] DEFAULT '{}' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "options_vat_rates" CHECK ("options"."monthly_vat_rate_percent" in (0, 25) and "options"."fee_vat_rate_percent" in (0, 25)),
	CONSTRAINT "options_price" CHECK (("options"."monthly_ore" is null or "options"."monthly_ore" > 0) and ("options"."fee_ore" is null or "options"."fee_ore" > 0) and ("options"."monthly_ore" is not null or "options"."fee_ore" is not null)),
	CONSTRAINT "options_max_quantity" CHECK ("options"."max_quantity" between 1 and 1000 and ("options"."unit" = 'piece' or "options"."max_quantity" = 1))
);
--> statement-breakpoint
ALTER TABLE "option_cart_lines" ADD CONSTRAINT "option_cart_lines_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_cart_lines" ADD CONSTRAINT "option_cart_lines_rental_object_id_rental_objects_id_fk" FOREIGN KEY ("rental_object_id") REFERENCES "public"."rental_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_cart_lines" ADD CONSTRAINT "option_cart_lines_option_id_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_cart_lines" ADD CONSTRAINT "option_cart_lines_group_id_option_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."option_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_cart_lines" ADD CONSTRAINT "option_cart_lines_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_cart_lines" ADD CONSTRAINT "option_cart_lines_added_by_tenant_user_id_tenant_users_id_fk" FOREIGN KEY ("added_by_tenant_user_id") REFERENCES "public"."tenant_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_order_lines" ADD CONSTRAINT "option_order_lines_order_id_option_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."option_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_order_lines" ADD CONSTRAINT "option_order_lines_option_id_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_order_lines" ADD CONSTRAINT "option_order_lines_group_id_option_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."option_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_order_lines" ADD CONSTRAINT "option_order_lines_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_order_lines" ADD CONSTRAINT "option_order_lines_rent_row_id_rent_rows_id_fk" FOREIGN KEY ("rent_row_id") REFERENCES "public"."rent_rows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_orders" ADD CONSTRAINT "option_orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_orders" ADD CONSTRAINT "option_orders_rental_object_id_rental_objects_id_fk" FOREIGN KEY ("rental_object_id") REFERENCES "public"."rental_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_orders" ADD CONSTRAINT "option_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_orders" ADD CONSTRAINT "option_orders_created_by_tenant_user_id_tenant_users_id_fk" FOREIGN KEY ("created_by_tenant_user_id") REFERENCES "public"."tenant_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_orders" ADD CONSTRAINT "option_orders_fee_invoice_id_invoices_id_fk" FOREIGN KEY ("fee_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_orders" ADD CONSTRAINT "option_orders_handled_by_staff_id_staff_users_id_fk" FOREIGN KEY ("handled_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_pictures" ADD CONSTRAINT "option_pictures_option_id_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_pictures" ADD CONSTRAINT "option_pictures_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_terms" ADD CONSTRAINT "option_terms_updated_by_staff_id_staff_users_id_fk" FOREIGN KEY ("updated_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "options" ADD CONSTRAINT "options_group_id_option_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."option_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "option_cart_lines_lock_idx" ON "option_cart_lines" USING btree ("customer_id","rental_object_id","group_id","space_id");--> statement-breakpoint
CREATE INDEX "option_order_lines_order_idx" ON "option_order_lines" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "option_order_lines_group_space_idx" ON "option_order_lines" USING btree ("group_id","space_id");--> statement-breakpoint
CREATE UNIQUE INDEX "option_orders_idempotency_idx" ON "option_orders" USING btree ("customer_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "option_orders_customer_idx" ON "option_orders" USING btree ("customer_id","status");--> statement-breakpoint
CREATE INDEX "option_pictures_option_idx" ON "option_pictures" USING btree ("option_id","sort_order");--> statement-breakpoint
CREATE INDEX "options_group_idx" ON "options" USING btree ("group_id","sort_order");--> statement-breakpoint
INSERT INTO "case_categories" ("code", "name_sv", "name_en", "routing", "sort_order") VALUES
  ('option', 'Tillval', 'Options', ARRAY['property_manager', 'customer_manager'], 8);
