CREATE TABLE `survey_drafts` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`draft` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `survey_drafts_round` ON `survey_drafts` (`round_id`);