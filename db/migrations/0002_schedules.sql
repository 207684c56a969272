CREATE TABLE `chase_up_orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`milestone_id` integer,
	`subject` text NOT NULL,
	`assignee_id` integer NOT NULL,
	`due_date` text NOT NULL,
	`yellow_date` text NOT NULL,
	`red_date` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolution` text,
	`issued_by` integer NOT NULL,
	`issued_at` integer NOT NULL,
	`closed_by` integer,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `chase_up_project_idx` ON `chase_up_orders` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `chase_up_assignee_idx` ON `chase_up_orders` (`assignee_id`,`status`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`schedule_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`planned_date` text NOT NULL,
	`actual_date` text,
	`note` text,
	`linked_stage` text,
	`active` integer DEFAULT true NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`schedule_id`) REFERENCES `schedules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `milestones_schedule_idx` ON `milestones` (`schedule_id`,`active`,`position`);--> statement-breakpoint
CREATE INDEX `milestones_planned_idx` ON `milestones` (`planned_date`);--> statement-breakpoint
CREATE TABLE `schedule_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `schedule_templates_name_unique` ON `schedule_templates` (`name`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`template_version` integer NOT NULL,
	`target_date` text NOT NULL,
	`reason` text,
	`created_at` integer NOT NULL,
	`created_by` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `schedule_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `schedules_project_idx` ON `schedules` (`project_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `template_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`template_id` integer NOT NULL,
	`template_version` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`duration_days` integer NOT NULL,
	`linked_stage` text,
	FOREIGN KEY (`template_id`) REFERENCES `schedule_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `template_steps_version_idx` ON `template_steps` (`template_id`,`template_version`,`position`);--> statement-breakpoint
-- The two templates of domain.md (倒排工期), so an empty production database can plan at once.
INSERT INTO `schedule_templates` (`id`, `name`, `kind`, `version`, `active`, `updated_at`) VALUES (1, '建设类项目', 'construction', 1, 1, 0);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 0, '签订投资协议', 30, 'introduced');--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 1, '注册公司', 30, 'landed');--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 2, '立项备案', 30, NULL);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 3, '取得用地', 90, NULL);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 4, '规划许可', 45, NULL);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 5, '施工许可', 45, NULL);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 6, '开工', 15, 'started');--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 7, '主体完工', 300, NULL);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 8, '竣工验收', 90, NULL);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (1, 1, 9, '投产运营', 60, 'completed');--> statement-breakpoint
INSERT INTO `schedule_templates` (`id`, `name`, `kind`, `version`, `active`, `updated_at`) VALUES (2, '楼宇入驻类项目', 'building', 1, 1, 0);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (2, 1, 0, '签订协议', 30, 'introduced');--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (2, 1, 1, '注册公司', 30, 'landed');--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (2, 1, 2, '装修设计', 30, NULL);--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (2, 1, 3, '装修开工', 20, 'started');--> statement-breakpoint
INSERT INTO `template_steps` (`template_id`, `template_version`, `position`, `name`, `duration_days`, `linked_stage`) VALUES (2, 1, 4, '入驻开业', 90, 'completed');
