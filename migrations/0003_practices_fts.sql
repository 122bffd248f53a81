-- Full-text search over the practice library (hand-written: drizzle does not model virtual tables).
-- A self-contained FTS5 table keyed by the practice id rather than an external-content table:
-- practices has a text primary key, and its implicit rowid may change on VACUUM.
-- The trigram tokenizer matches inside words, which Danish compounds need ("samtale" finds
-- "sundhedssamtaler"); remove_diacritics makes "malinger" find "målinger".
CREATE VIRTUAL TABLE `practices_fts` USING fts5(
  `practice_id` UNINDEXED,
  `title`,
  `body`,
  tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `practices_fts` (`practice_id`, `title`, `body`) SELECT `id`, `title`, `body` FROM `practices`;
--> statement-breakpoint
CREATE TRIGGER `practices_fts_insert` AFTER INSERT ON `practices` BEGIN
  INSERT INTO `practices_fts` (`practice_id`, `title`, `body`) VALUES (new.`id`, new.`title`, new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `practices_fts_update` AFTER UPDATE OF `title`, `body` ON `practices` BEGIN
  DELETE FROM `practices_fts` WHERE `practice_id` = old.`id`;
  INSERT INTO `practices_fts` (`practice_id`, `title`, `body`) VALUES (new.`id`, new.`title`, new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `practices_fts_delete` AFTER DELETE ON `practices` BEGIN
  DELETE FROM `practices_fts` WHERE `practice_id` = old.`id`;
END;
