ALTER TABLE "case_attachments" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD COLUMN "withdrawn_by" uuid;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_withdrawal_reason" CHECK ((withdrawn_at is null) = (withdrawal_reason is null));