-- Usernames are unique without regard to case (issue 11). Before the index, accounts whose names differ
-- only in case are told apart, deterministically: the oldest (created_at, then id) keeps its name, each
-- later one becomes `name-2`, `name-3` … (or `name-u<id>` where that is taken too), and each rename is
-- written to the audit log, so upgrading a database that holds `Staff` and `staff` never fails.
CREATE TEMP TABLE `_username_renames` AS
WITH `ranked` AS (
	SELECT `id`, `username`,
		ROW_NUMBER() OVER (PARTITION BY lower(`username`) ORDER BY `created_at`, `id`) AS `rn`
	FROM `users`
), `candidates` AS (
	SELECT `id`, `username`, `username` || '-' || `rn` AS `candidate` FROM `ranked` WHERE `rn` > 1
)
SELECT c.`id`, c.`username` AS `old_name`,
	CASE WHEN EXISTS (SELECT 1 FROM `users` u WHERE lower(u.`username`) = lower(c.`candidate`))
		OR (SELECT count(*) FROM `candidates` o WHERE lower(o.`candidate`) = lower(c.`candidate`)) > 1
	THEN c.`username` || '-u' || c.`id` ELSE c.`candidate` END AS `new_name`
FROM `candidates` c;--> statement-breakpoint
INSERT INTO `audit_log` (`at`, `user_id`, `action`, `entity`, `entity_id`, `changes`)
SELECT cast(unixepoch('subsec') * 1000 as integer), NULL, 'user.renameDuplicate', 'user', `id`,
	json_object('username', json_array(`old_name`, `new_name`))
FROM `_username_renames` ORDER BY `id`;--> statement-breakpoint
UPDATE `users` SET
	`username` = (SELECT r.`new_name` FROM `_username_renames` r WHERE r.`id` = `users`.`id`),
	`version` = `version` + 1
WHERE `id` IN (SELECT `id` FROM `_username_renames`);--> statement-breakpoint
DROP TABLE `_username_renames`;--> statement-breakpoint
DROP INDEX `users_username_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_lower_unique` ON `users` (lower("username"));
