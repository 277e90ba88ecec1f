ALTER TABLE "sla_classes" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "working_calendars" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "calendar_days" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "duty_roster" FORCE ROW LEVEL SECURITY;
