CREATE TABLE `round_team_headcounts` (
	`round_id` text NOT NULL,
	`team_id` text NOT NULL,
	`headcount` integer NOT NULL,
	PRIMARY KEY(`round_id`, `team_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `round_centres` ADD `headcount` integer;--> statement-breakpoint
-- DATA (carry over if migrations are regenerated): a centre's hand-set number of employees invited
-- is the best headcount a round made before this change has; rounds without one stay uncapped.
UPDATE `round_centres` SET `headcount` = `invited` WHERE `invited` IS NOT NULL AND `headcount` IS NULL;
