-- Workshops, voting sessions and action plans (issue 6), written by hand.
-- action_items.status moves from open/done to planned/in-progress/done/dropped, with a new default:
-- SQLite changes a column default only by rebuilding the table. Nothing references action_items,
-- so the rebuild needs no foreign-key pragmas (D1 ignores PRAGMA foreign_keys inside a migration).
CREATE TABLE `__new_action_items` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`text` text NOT NULL,
	`owner` text,
	`due_on` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_action_items`("id", "plan_id", "text", "owner", "due_on", "status", "position")
SELECT "id", "plan_id", "text", "owner", "due_on", CASE "status" WHEN 'open' THEN 'planned' ELSE "status" END, "position"
FROM `action_items`;--> statement-breakpoint
DROP TABLE `action_items`;--> statement-breakpoint
ALTER TABLE `__new_action_items` RENAME TO `action_items`;--> statement-breakpoint
CREATE INDEX `action_items_plan` ON `action_items` (`plan_id`);--> statement-breakpoint
ALTER TABLE `action_plans` ADD `priority` integer;--> statement-breakpoint
ALTER TABLE `action_plans` ADD `notes` text;--> statement-breakpoint
ALTER TABLE `action_plans` ADD `baseline_round_id` text REFERENCES rounds(id);--> statement-breakpoint
ALTER TABLE `voting_sessions` ADD `label` text;--> statement-breakpoint
ALTER TABLE `voting_sessions` ADD `statement_ids` text DEFAULT '[]' NOT NULL;
