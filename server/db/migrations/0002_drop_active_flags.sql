UPDATE "tenant_users" SET "status" = 'deactivated' WHERE "active" = false;--> statement-breakpoint
UPDATE "staff_users" SET "status" = 'deactivated' WHERE "active" = false;--> statement-breakpoint
ALTER TABLE "staff_users" DROP COLUMN "active";--> statement-breakpoint
ALTER TABLE "tenant_users" DROP COLUMN "active";