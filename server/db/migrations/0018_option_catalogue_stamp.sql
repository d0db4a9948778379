CREATE TABLE "option_catalogue_stamp" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"stamp" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "option_catalogue_stamp_single_row" CHECK ("option_catalogue_stamp"."id" = 1)
);
--> statement-breakpoint
-- Written by hand (drizzle-kit knows no triggers): every statement that writes the catalogue renews its
-- stamp in the same transaction, so no change can forget to (decision 0032). Per statement, not per row:
-- a catalogue of 500 options copied in one insert renews it once.
INSERT INTO "option_catalogue_stamp" ("id") VALUES (1);--> statement-breakpoint
CREATE FUNCTION "public"."renew_option_catalogue_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "option_catalogue_stamp" SET "stamp" = gen_random_uuid() WHERE "id" = 1;
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "option_groups_renew_catalogue_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "option_groups" FOR EACH STATEMENT EXECUTE FUNCTION "public"."renew_option_catalogue_stamp"();--> statement-breakpoint
CREATE TRIGGER "options_renew_catalogue_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "options" FOR EACH STATEMENT EXECUTE FUNCTION "public"."renew_option_catalogue_stamp"();--> statement-breakpoint
CREATE TRIGGER "option_pictures_renew_catalogue_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "option_pictures" FOR EACH STATEMENT EXECUTE FUNCTION "public"."renew_option_catalogue_stamp"();
