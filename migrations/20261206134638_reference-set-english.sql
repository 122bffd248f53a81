ALTER TABLE `reference_sets` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `reference_sets` ADD `source_en` text;--> statement-breakpoint
-- DATA (carry over when regenerating): the demo's reference set was stored in English only; its
-- English text moves to the new columns and the Danish one takes its place.
UPDATE `reference_sets` SET `name_en` = `name`, `source_en` = `source`,
  `name` = 'Syntetisk national reference (demo, ikke rigtige data)',
  `source` = 'Syntetiske værdier opfundet til AMICA-demoen, i niveau med offentliggjorte COPSOQ-tal for danske lønmodtagere; ikke et rigtigt landsgennemsnit.'
  WHERE `id` = 'demo-reference' AND `name_en` IS NULL;
