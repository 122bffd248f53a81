ALTER TABLE `ballots` ADD `device` text;--> statement-breakpoint
CREATE INDEX `ballots_session_device` ON `ballots` (`voting_session_id`,`device`);--> statement-breakpoint
ALTER TABLE `statements` ADD `hidden` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `voting_sessions` ADD `ballots_per_phone` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Data: none. Workshops that left collecting before this change have no join code (it was
-- cleared then); the API gives them a fresh one when they return to collecting. Ballots from
-- before have no device and count against no phone's limit.
SELECT 1;
