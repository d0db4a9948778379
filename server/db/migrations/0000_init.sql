CREATE TYPE "public"."billing_period" AS ENUM('monthly', 'quarterly');--> statement-breakpoint
CREATE TYPE "public"."customer_kind" AS ENUM('company', 'private');--> statement-breakpoint
CREATE TYPE "public"."rent_per" AS ENUM('year', 'month');--> statement-breakpoint
CREATE TYPE "public"."rent_row_kind" AS ENUM('base_rent', 'index', 'property_tax', 'heating', 'parking', 'service');--> statement-breakpoint
CREATE TYPE "public"."rental_object_type" AS ENUM('premises', 'apartment', 'parking', 'storage');--> statement-breakpoint
CREATE TYPE "public"."signing_kind" AS ENUM('digital', 'manual');--> statement-breakpoint
CREATE TYPE "public"."space_kind" AS ENUM('kitchen', 'bathroom', 'hall', 'office', 'room', 'storage', 'staff_room', 'shop', 'workshop');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('administrator', 'customer_manager', 'property_manager', 'finance');--> statement-breakpoint
CREATE TYPE "public"."message_channel" AS ENUM('email', 'sms');--> statement-breakpoint
CREATE TYPE "public"."message_status" AS ENUM('queued', 'sending', 'sent', 'retrying', 'failed');--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"property_id" uuid NOT NULL,
	"name" text NOT NULL,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "customer_kind" NOT NULL,
	"identity_number" text NOT NULL,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"email" text,
	"mobile" text,
	"customer_manager_id" uuid,
	CONSTRAINT "customers_identity_number_unique" UNIQUE("identity_number")
);
--> statement-breakpoint
CREATE TABLE "landlord_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"org_number" text NOT NULL,
	"vat_number" text NOT NULL,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"email" text,
	"phone" text,
	"website" text,
	"bankgiro" text NOT NULL,
	"useful_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "landlord_settings_single_row" CHECK ("landlord_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "lease_objects" (
	"lease_id" uuid NOT NULL,
	"rental_object_id" uuid NOT NULL,
	CONSTRAINT "lease_objects_lease_id_rental_object_id_pk" PRIMARY KEY("lease_id","rental_object_id")
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"notice_period_months" integer NOT NULL,
	"billing_period" "billing_period" NOT NULL,
	"signing" "signing_kind" NOT NULL,
	CONSTRAINT "leases_number_unique" UNIQUE("number"),
	CONSTRAINT "leases_end_after_start" CHECK ("leases"."end_date" is null or "leases"."end_date" >= "leases"."start_date")
);
--> statement-breakpoint
CREATE TABLE "properties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"designation" text NOT NULL,
	"name" text NOT NULL,
	"property_manager_id" uuid,
	CONSTRAINT "properties_designation_unique" UNIQUE("designation")
);
--> statement-breakpoint
CREATE TABLE "rent_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"kind" "rent_row_kind" NOT NULL,
	"description" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"per" "rent_per" NOT NULL,
	"vat_rate_percent" smallint NOT NULL,
	CONSTRAINT "rent_rows_vat_rate" CHECK ("rent_rows"."vat_rate_percent" in (0, 25))
);
--> statement-breakpoint
CREATE TABLE "rental_objects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"number" text NOT NULL,
	"type" "rental_object_type" NOT NULL,
	"area_sqm" numeric(8, 1),
	"floor" integer,
	"description" text,
	CONSTRAINT "rental_objects_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "spaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rental_object_id" uuid NOT NULL,
	"kind" "space_kind" NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_user_id" uuid,
	"staff_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "sessions_one_principal" CHECK (("sessions"."tenant_user_id" is null) <> ("sessions"."staff_user_id" is null))
);
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"password_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "tenant_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"name" text,
	"email" text,
	"mobile" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"subject_kind" text,
	"subject_id" text,
	"ip" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" "message_channel" NOT NULL,
	"recipient" text NOT NULL,
	"subject" text,
	"text" text NOT NULL,
	"html" text,
	"language" text NOT NULL,
	"status" "message_status" DEFAULT 'queued' NOT NULL,
	"transport" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"provider_id" text,
	"job_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"reset_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_customer_manager_id_staff_users_id_fk" FOREIGN KEY ("customer_manager_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_objects" ADD CONSTRAINT "lease_objects_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_objects" ADD CONSTRAINT "lease_objects_rental_object_id_rental_objects_id_fk" FOREIGN KEY ("rental_object_id") REFERENCES "public"."rental_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "properties" ADD CONSTRAINT "properties_property_manager_id_staff_users_id_fk" FOREIGN KEY ("property_manager_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_rows" ADD CONSTRAINT "rent_rows_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rental_objects" ADD CONSTRAINT "rental_objects_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_rental_object_id_rental_objects_id_fk" FOREIGN KEY ("rental_object_id") REFERENCES "public"."rental_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tenant_user_id_tenant_users_id_fk" FOREIGN KEY ("tenant_user_id") REFERENCES "public"."tenant_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_users" ADD CONSTRAINT "tenant_users_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_tenant_user_idx" ON "sessions" USING btree ("tenant_user_id");--> statement-breakpoint
CREATE INDEX "sessions_staff_user_idx" ON "sessions" USING btree ("staff_user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "tenant_users_customer_idx" ON "tenant_users" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "outgoing_messages_created_idx" ON "outgoing_messages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outgoing_messages_status_idx" ON "outgoing_messages" USING btree ("status");