DROP INDEX `responses_round_centre`;--> statement-breakpoint
CREATE INDEX `responses_round_centre_id` ON `responses` (`round_id`,`centre_id`,`id`);