CREATE TABLE `seminar_centres` (
	`seminar_id` text NOT NULL,
	`centre_id` text NOT NULL,
	PRIMARY KEY(`seminar_id`, `centre_id`),
	FOREIGN KEY (`seminar_id`) REFERENCES `seminars`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`centre_id`) REFERENCES `centres`(`id`) ON UPDATE no action ON DELETE no action
);
