-- The board's text search (decision 132): an FTS5 trigram index over each project's name, investor,
-- registered entity and contact names, kept in step by triggers, filled here for existing rows.
CREATE VIRTUAL TABLE `project_search` USING fts5(`name`, `investor`, `registered_entity`, `contacts`, tokenize = 'trigram');
--> statement-breakpoint
INSERT INTO `project_search` (`rowid`, `name`, `investor`, `registered_entity`, `contacts`)
SELECT p.`id`, p.`name`, p.`investor`, coalesce(p.`registered_entity`, ''),
  coalesce((SELECT group_concat(c.`name`, char(10)) FROM `project_contacts` c WHERE c.`project_id` = p.`id`), '')
FROM `projects` p;
--> statement-breakpoint
CREATE TRIGGER `project_search_insert` AFTER INSERT ON `projects` BEGIN
  INSERT INTO `project_search` (`rowid`, `name`, `investor`, `registered_entity`, `contacts`)
  VALUES (new.`id`, new.`name`, new.`investor`, coalesce(new.`registered_entity`, ''), '');
END;
--> statement-breakpoint
CREATE TRIGGER `project_search_update` AFTER UPDATE OF `name`, `investor`, `registered_entity` ON `projects` BEGIN
  UPDATE `project_search` SET `name` = new.`name`, `investor` = new.`investor`,
    `registered_entity` = coalesce(new.`registered_entity`, '')
  WHERE `rowid` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `project_search_delete` AFTER DELETE ON `projects` BEGIN
  DELETE FROM `project_search` WHERE `rowid` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `project_search_contact_insert` AFTER INSERT ON `project_contacts` BEGIN
  UPDATE `project_search` SET `contacts` = coalesce((SELECT group_concat(c.`name`, char(10)) FROM `project_contacts` c WHERE c.`project_id` = new.`project_id`), '')
  WHERE `rowid` = new.`project_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `project_search_contact_update` AFTER UPDATE OF `name`, `project_id` ON `project_contacts` BEGIN
  UPDATE `project_search` SET `contacts` = coalesce((SELECT group_concat(c.`name`, char(10)) FROM `project_contacts` c WHERE c.`project_id` = old.`project_id`), '')
  WHERE `rowid` = old.`project_id`;
  UPDATE `project_search` SET `contacts` = coalesce((SELECT group_concat(c.`name`, char(10)) FROM `project_contacts` c WHERE c.`project_id` = new.`project_id`), '')
  WHERE `rowid` = new.`project_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `project_search_contact_delete` AFTER DELETE ON `project_contacts` BEGIN
  UPDATE `project_search` SET `contacts` = coalesce((SELECT group_concat(c.`name`, char(10)) FROM `project_contacts` c WHERE c.`project_id` = old.`project_id`), '')
  WHERE `rowid` = old.`project_id`;
END;
