ALTER TABLE `centres` ADD `support_text_da` text;--> statement-breakpoint
ALTER TABLE `centres` ADD `support_text_en` text;