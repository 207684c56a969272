CREATE TABLE `industry_chains` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`chain_leader_id` integer,
	`industries` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`chain_leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `industry_chains_name_unique` ON `industry_chains` (`name`);--> statement-breakpoint
CREATE TABLE `instructions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`leader_id` integer NOT NULL,
	`text` text NOT NULL,
	`reply_by` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`reply` text,
	`replied_by` integer,
	`replied_at` integer,
	`created_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replied_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `instructions_project_idx` ON `instructions` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `instructions_leader_idx` ON `instructions` (`leader_id`,`status`);--> statement-breakpoint
CREATE TABLE `leader_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`leader_id` integer NOT NULL,
	`role` text NOT NULL,
	`assigned_at` text NOT NULL,
	`ended_at` text,
	`assigned_by` integer NOT NULL,
	`ended_by` integer,
	`created_at` integer NOT NULL,
	`ended_at_ts` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `leader_assignments_project_idx` ON `leader_assignments` (`project_id`,`ended_at`);--> statement-breakpoint
CREATE INDEX `leader_assignments_leader_idx` ON `leader_assignments` (`leader_id`,`ended_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `leader_assignments_one_primary_idx` ON `leader_assignments` (`project_id`) WHERE role = 'primary' and ended_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX `leader_assignments_one_open_idx` ON `leader_assignments` (`project_id`,`leader_id`) WHERE ended_at is null;--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`project_id` integer,
	`ref_id` integer,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `problem_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`problem_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`at` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`reason` text,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `problem_events_problem_idx` ON `problem_events` (`problem_id`,`at`);--> statement-breakpoint
CREATE TABLE `problems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`detail` text,
	`unit_id` integer,
	`owner_id` integer,
	`raised_date` text NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`resolution` text,
	`escalated_at` integer,
	`escalated_to` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`escalated_to`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `problems_project_idx` ON `problems` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `problems_status_due_idx` ON `problems` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `task_force_members` (
	`task_force_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`task_force_id`, `user_id`),
	FOREIGN KEY (`task_force_id`) REFERENCES `task_forces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_force_members_user_idx` ON `task_force_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `task_force_projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_force_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`added_at` integer NOT NULL,
	`added_by` integer NOT NULL,
	`removed_at` integer,
	`removed_by` integer,
	FOREIGN KEY (`task_force_id`) REFERENCES `task_forces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_force_projects_tf_idx` ON `task_force_projects` (`task_force_id`,`removed_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `task_force_projects_open_idx` ON `task_force_projects` (`project_id`) WHERE removed_at is null;--> statement-breakpoint
CREATE TABLE `task_forces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`lead_leader_id` integer NOT NULL,
	`description` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`lead_leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_forces_name_unique` ON `task_forces` (`name`);--> statement-breakpoint
ALTER TABLE `units` ADD `version` integer DEFAULT 1 NOT NULL;