CREATE TABLE `project_attribute_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`field` text NOT NULL,
	`value` text,
	`effective_at` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	`recorded_by` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_attribute_history_project_idx` ON `project_attribute_history` (`project_id`,`field`);--> statement-breakpoint
CREATE INDEX `project_attribute_history_recorded_idx` ON `project_attribute_history` (`recorded_at`);--> statement-breakpoint
CREATE TABLE `review_seals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`week` text NOT NULL,
	`sealed_at` integer NOT NULL,
	`sealed_by` integer NOT NULL,
	`review` text NOT NULL,
	`xlsx` blob NOT NULL,
	`xlsx_name` text NOT NULL,
	`reopened_at` integer,
	`reopened_by` integer,
	`reopen_reason` text,
	FOREIGN KEY (`sealed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reopened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_seals_week_idx` ON `review_seals` (`week`);--> statement-breakpoint
CREATE UNIQUE INDEX `review_seals_one_open_idx` ON `review_seals` (`week`) WHERE reopened_at is null;--> statement-breakpoint
ALTER TABLE `stage_events` ADD `recorded_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stage_events` ADD `supersedes_id` integer;--> statement-breakpoint
CREATE INDEX `stage_events_recorded_idx` ON `stage_events` (`recorded_at`);--> statement-breakpoint
ALTER TABLE `investment_history` ADD `recorded_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `investment_history` ADD `recorded_by` integer REFERENCES users(id);--> statement-breakpoint
-- Backfill (decision 090): what was recorded before this upgrade counts as known when it took effect, so
-- every past week reads as it did before.
UPDATE `stage_events` SET `recorded_at` = `at`;--> statement-breakpoint
UPDATE `investment_history` SET `recorded_at` = `at`;--> statement-breakpoint
INSERT INTO `project_attribute_history` (`project_id`, `field`, `value`, `effective_at`, `recorded_at`, `recorded_by`)
SELECT `id`, 'industry', `industry`, `created_at`, `created_at`, `created_by` FROM `projects`
UNION ALL SELECT `id`, 'channel', `channel`, `created_at`, `created_at`, `created_by` FROM `projects`
UNION ALL SELECT `id`, 'ownerAId', cast(`owner_a_id` as text), `created_at`, `created_at`, `created_by` FROM `projects`
UNION ALL SELECT `id`, 'unitId', cast(`unit_id` as text), `created_at`, `created_at`, `created_by` FROM `projects`;
