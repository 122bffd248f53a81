ALTER TABLE `ballots` ADD `device` text;--> statement-breakpoint
CREATE INDEX `ballots_session_device` ON `ballots` (`voting_session_id`,`device`);--> statement-breakpoint
ALTER TABLE `statements` ADD `hidden` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `voting_sessions` ADD `ballots_per_phone` integer DEFAULT 1 NOT NULL;