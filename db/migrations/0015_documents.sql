CREATE TABLE `document_kinds` (
	`key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`target` text DEFAULT 'project' NOT NULL,
	`target_id` integer,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`status` text DEFAULT 'current' NOT NULL,
	`supersedes_id` integer,
	`uploaded_by` integer NOT NULL,
	`uploaded_at` integer NOT NULL,
	`ended_by` integer,
	`ended_at` integer,
	`end_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kind`) REFERENCES `document_kinds`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_project_idx` ON `documents` (`project_id`,`status`,`kind`);--> statement-breakpoint
CREATE INDEX `documents_target_idx` ON `documents` (`target`,`target_id`);--> statement-breakpoint
CREATE INDEX `documents_hash_idx` ON `documents` (`sha256`);--> statement-breakpoint
INSERT INTO `document_kinds` (`key`, `label`, `position`) VALUES ('agreement', '协议', 1), ('license', '营业执照', 2), ('permit', '施工许可证', 3), ('photo', '现场照片', 4), ('acceptance', '竣工验收', 5), ('other', '其他', 6);
