CREATE TABLE `export_pages` (
	`round_id` text NOT NULL,
	`centre_id` text NOT NULL,
	`closed_at` text NOT NULL,
	`seq` integer NOT NULL,
	`rows` integer NOT NULL,
	`teams` text NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`round_id`, `centre_id`, `seq`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`centre_id`) REFERENCES `centres`(`id`) ON UPDATE no action ON DELETE no action
);
