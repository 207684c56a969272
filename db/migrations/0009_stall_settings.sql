CREATE TABLE `stall_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`effective_at` integer NOT NULL,
	`negotiating` integer NOT NULL,
	`introduced` integer NOT NULL,
	`landed` integer NOT NULL,
	`started` integer NOT NULL,
	`recorded_by` integer,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stall_settings_effective_idx` ON `stall_settings` (`effective_at`);--> statement-breakpoint
-- Backfill (decision 120): the 30 days every stage used before, in effect from time 0, so the board and
-- every past week read as they did before the upgrade.
INSERT INTO `stall_settings` (`effective_at`, `negotiating`, `introduced`, `landed`, `started`) VALUES (0, 30, 30, 30, 30);
