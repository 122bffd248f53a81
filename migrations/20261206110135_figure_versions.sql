CREATE TABLE `aggregate_holds` (
	`round_id` text NOT NULL,
	`centre_id` text NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`round_id`, `centre_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`centre_id`) REFERENCES `centres`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `networks` ADD `min_centres_for_benchmark` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `rounds` ADD `min_group_size` integer;--> statement-breakpoint
ALTER TABLE `rounds` ADD `first_min_group_size` integer;--> statement-breakpoint
-- Data: rounds already closed or published keep the minimum group size they were shown with, so
-- lowering the network's setting later cannot expose groups hidden then, and later closes compare
-- with what was shown under it.
UPDATE `rounds` SET `min_group_size` = (SELECT `min_group_size` FROM `networks` WHERE `networks`.`id` = `rounds`.`network_id`), `first_min_group_size` = (SELECT `min_group_size` FROM `networks` WHERE `networks`.`id` = `rounds`.`network_id`) WHERE `status` IN ('closed', 'published');
