/** Danish strings of the survey screens. Keys start with "survey.". */
export const surveyDa = {
  "survey.title": "Spørgeskema",

  // The respondent's questionnaire
  "survey.progress": "{n} af {total} besvaret",
  "survey.minutesLeft.one": "ca. {n} minut tilbage",
  "survey.minutesLeft.other": "ca. {n} minutter tilbage",
  "survey.allOptional": "Alle spørgsmål kan springes over.",
  "survey.questionOf": "Spørgsmål {n} af {total}",
  "survey.skip": "Spring over",
  "survey.howTo":
    "Tryk på et svar, så går du videre af dig selv. Stryg til siden for at gå frem og tilbage; på et tastatur vælger tallene et svar.",
  "survey.intro.time": "Det tager omkring {minutes} minutter.",
  "survey.final.firstSkipped": "Gå til det første spørgsmål, du sprang over",
  "survey.done.forget": "Glem mine svar på denne enhed",
  "survey.done.forgotten": "Dine svar og din profil er fjernet fra denne enhed.",
  "survey.done.kept":
    "Din profil er gemt på denne enhed, så du kan se den igen. Bruger du en fælles computer, så fjern den her.",
  "survey.start": "Start",
  "survey.next": "Næste",
  "survey.back": "Tilbage",
  "survey.send": "Send mine svar",
  "survey.sending": "Sender dine svar …",
  "survey.saved": "Dine svar gemmes på denne enhed, mens du svarer, indtil du sender dem.",
  "survey.notSaved": "Denne browser vil ikke gemme dine svar. Genindlæs ikke siden, før du har sendt dem.",
  "survey.server.offer":
    "Vil du svare færdig på en anden enhed? Så kan du gemme dine svar på serveren under koden. De knyttes ikke til dig og slettes, når du sender, eller når målingen lukker.",
  "survey.server.save": "Gem på serveren",
  "survey.server.saveAgain": "Gem igen på serveren",
  "survey.server.remove": "Fjern fra serveren",
  "survey.server.saved": "Gemt på serveren kl. {time}. Åbn linket med samme kode på den anden enhed.",
  "survey.server.removed": "Dine svar er fjernet fra serveren. De er stadig gemt på denne enhed.",
  "survey.server.restored": "Dine svar fra serveren er hentet; du fortsætter, hvor du slap.",
  "survey.server.failed": "Det lykkedes ikke at nå serveren. Dine svar er stadig gemt på denne enhed.",
  "survey.required": "skal besvares",
  "survey.clear": "Fjern mit svar",
  "survey.clearLabel": "Fjern mit svar på spørgsmål {n}",
  "survey.retry": "Prøv igen",
  "survey.cancel": "Annullér",

  "survey.intro.title": "Velkommen",
  "survey.intro.lead": "Spørgeskemaet handler om dit psykiske arbejdsmiljø ({round}).",
  "survey.intro.anonymous":
    "Du er anonym: koden på din seddel er ikke knyttet til dit navn, og resultater vises kun for grupper, der er så store, at ingen kan genkendes.",
  "survey.intro.optional": "Der er {n} spørgsmål, ét ad gangen. Alle kan springes over: svar på dem, du vil.",
  "survey.intro.saved":
    "Dine svar gemmes på denne enhed undervejs, så du kan holde pause og fortsætte senere med samme link.",
  "survey.intro.closes": "Du kan svare indtil {date}.",
  "survey.intro.language": "You can switch to English with the button at the top of the page.",

  "survey.choice.hint": "Vælg højst {max}.",
  "survey.choice.count": "{n} af højst {max} valgt.",
  "survey.choice.tooMany": "Du kan højst vælge {max}. Fjern et flueben for at vælge et andet.",
  "survey.open.hint": "Skriv ikke navne eller andet, der kan afsløre, hvem du eller andre er.",

  "survey.final.title": "Til sidst",
  "survey.final.answered":
    "Du har besvaret {n} af {total} spørgsmål. Spørgsmål, du har sprunget over, er helt i orden.",

  "survey.panel.title": "Panelkode (frivillig)",
  "survey.panel.what":
    "Hvis du vil, kan du finde på en panelkode. Forskere kan så følge, hvordan svarene ændrer sig fra år til år, uden at nogen ved, hvem du er.",
  "survey.panel.how":
    "Vælg noget, som kun du kender og kan huske til næste år, og skriv det samme hver gang.",
  "survey.panel.never":
    "Brug aldrig dit navn, dine initialer, din e-mail eller dit medarbejdernummer. Koden knyttes aldrig til dit navn. Lad feltet stå tomt, hvis du hellere vil.",
  "survey.panel.label": "Din panelkode",
  "survey.panel.hint": "Mindst 3 og højst 64 tegn.",
  "survey.panel.error": "Panelkoden skal have mindst 3 og højst 64 tegn, eller være tom.",

  "survey.error.required": "Dette spørgsmål skal besvares.",
  "survey.error.requiredSummary": "Besvar venligst spørgsmålet, der er markeret med rødt, før du går videre.",
  "survey.error.invalid": "Svaret passer ikke til spørgsmålet. Vælg det igen.",
  "survey.error.fixSummary": "Nogle svar skal rettes, før de kan sendes. Det første er markeret.",
  "survey.error.offline":
    "Vi kunne ikke nå serveren. Dine svar er gemt på denne enhed og sendes af sig selv, så snart der er forbindelse igen; lad siden stå åben, eller tryk på »Send mine svar« igen.",
  "survey.error.server": "Noget gik galt hos os. Dine svar er gemt på denne enhed. Prøv igen om lidt.",
  "survey.error.throttled": "Der er kommet for mange forsøg. Vent et par minutter, og prøv igen.",
  "survey.error.keyReused": "Afsendelsen kunne ikke gennemføres. Tryk på »Send mine svar« igen.",

  "survey.refused.unknown.title": "Koden kan ikke bruges",
  "survey.refused.unknown.text":
    "Der kan ikke svares med denne kode: den findes ikke, er trukket tilbage eller er allerede brugt. Har du selv svaret med den på en anden enhed, er dine svar modtaget. Ellers tjek koden på din seddel.",
  "survey.refused.closed.title": "Undersøgelsen er lukket",
  "survey.refused.closed.text": "Denne runde tager ikke imod flere svar. Tak for din interesse.",
  "survey.refused.notOpen.title": "Undersøgelsen er ikke åbnet endnu",
  "survey.refused.notOpen.text": "Runden er ikke åbnet for svar endnu. Prøv igen, når den åbner.",
  "survey.refused.throttled.title": "For mange forsøg",
  "survey.refused.throttled.text": "Vent et par minutter, og prøv igen.",
  "survey.refused.offline.title": "Ingen forbindelse",
  "survey.refused.offline.text":
    "Vi kunne ikke nå serveren. Svar, du allerede har givet, er gemt på denne enhed. Tjek forbindelsen, og prøv igen.",
  "survey.refused.server.title": "Noget gik galt",
  "survey.refused.server.text": "Spørgeskemaet kunne ikke hentes lige nu. Prøv igen om lidt.",

  "survey.done.title": "Tak, dine svar er modtaget",
  "survey.done.text": "Koden er nu brugt og kan ikke bruges igen.",
  "survey.done.profileOffer":
    "Vil du se din egen profil? Den beregnes her på din enhed ud fra dine svar og sendes ingen steder hen.",
  "survey.done.showProfile": "Vis min profil",
  "survey.done.hideProfile": "Skjul min profil",
  "survey.done.close":
    "Du kan nu lukke siden. Åbner du linket igen på denne enhed, ser du denne side og din profil.",

  "survey.profile.title": "Din profil",
  "survey.profile.private":
    "Profilen er beregnet på din enhed ud fra dine egne svar og gemmes kun her. Den sendes ingen steder hen, og ingen andre kan se den.",
  "survey.profile.howToRead":
    "Hver skala går fra 0 til 100. For de fleste skalaer er højt godt; hvor der står »(højt er dårligt)«, betyder højt mere belastning.",
  "survey.profile.reference": "Sammenlignet med: {name} ({source}).",
  "survey.profile.synthetic": "Tallene er konstruerede demotal.",
  "survey.profile.chartCaption": "Din score og referencen pr. skala (0–100)",
  "survey.profile.tableCaption": "Din score og referencen pr. skala",
  "survey.profile.scale": "Skala",
  "survey.profile.you": "Dig",
  "survey.profile.referenceShort": "Reference",
  "survey.profile.higherWorse": "(højt er dårligt)",
  "survey.profile.missing": "for få svar",
  "survey.profile.none": "Profilen kunne ikke beregnes ud fra svarene.",
  "survey.support.title": "Tal med nogen om det",
  "survey.support.high":
    "Dine svar ligger højt ved {scales}. Det er ikke en diagnose, men det kan hjælpe at tale med nogen om, hvordan du har det.",

  "survey.entry.title": "Svar på spørgeskemaet",
  "survey.entry.intro": "Skriv koden fra din seddel. Du behøver ikke nogen konto.",
  "survey.entry.label": "Kode",
  "survey.entry.hint": "Store eller små bogstaver, med eller uden bindestreger.",
  "survey.entry.error": "Skriv hele koden fra sedlen.",
  "survey.entry.submit": "Gå til spørgeskemaet",
  "survey.entry.link": "Skriv en anden kode",

  // Fieldwork: invitations, import, participation
  "survey.fieldwork.nav": "Runden i felten",
  "survey.fieldwork.tab.invitations": "Invitationer",
  "survey.fieldwork.tab.import": "Import",
  "survey.fieldwork.tab.participation": "Deltagelse",
  "survey.fieldwork.invitations.title": "Invitationer: {label}",
  "survey.fieldwork.import.title": "Import af svar: {label}",
  "survey.fieldwork.participation.title": "Deltagelse: {label}",
  "survey.fieldwork.notFound": "Runden findes ikke, eller du har ikke adgang til den.",
  "survey.fieldwork.notForRole":
    "Feltarbejdet (invitationer, import og deltagelse) er for netværkets koordinator og centrenes facilitatorer. Som forsker læser du de offentliggjorte data gennem forskningseksporten.",
  "survey.fieldwork.backRounds": "← Alle runder",
  "survey.fieldwork.backHome": "← Forsiden",
  "survey.fieldwork.links": "Runden i felten:",

  "survey.invite.title": "Lav koder",
  "survey.invite.intro":
    "Hver kode kan bruges én gang og er ikke knyttet til nogen person. Koderne vises kun denne ene gang: udskriv sedlerne eller hent CSV-filen, før du forlader siden.",
  "survey.invite.closed": "Runden er lukket: der kan ikke laves flere koder.",
  "survey.invite.centre": "Center",
  "survey.invite.team": "Team (valgfrit)",
  "survey.invite.teamHint":
    "Koder til et team gør det muligt at vise teamets resultater, når der er svar nok.",
  "survey.invite.noTeam": "Hele centret (intet team)",
  "survey.invite.count": "Antal koder",
  "survey.invite.countHint": "Mellem 1 og {max} ad gangen.",
  "survey.invite.countError": "Skriv et helt tal fra 1 og opefter.",
  "survey.invite.countMax": "Højst {max} koder ad gangen.",
  "survey.invite.submit": "Lav koder",
  "survey.invite.making": "Laver koder …",

  "survey.sheet.count.one": "{n} ny kode",
  "survey.sheet.count.other": "{n} nye koder",
  "survey.sheet.once":
    "Koderne vises kun nu: de gemmes ikke, så de kan ikke hentes igen. Udskriv sedlerne eller hent CSV-filen nu.",
  "survey.sheet.print": "Udskriv sedlerne",
  "survey.sheet.csv": "Hent CSV til brevfletning",
  "survey.sheet.dismiss": "Jeg har gemt koderne",
  "survey.sheet.slipTitle": "Spørgeskema om dit arbejdsmiljø",
  "survey.sheet.scan": "Scan QR-koden, eller åbn linket:",
  "survey.sheet.orType": "Eller gå til {site} og skriv koden:",
  "survey.sheet.anonymous": "Anonymt: koden er ikke knyttet til dit navn og kan bruges én gang.",
  "survey.sheet.qrLabel": "QR-kode til spørgeskemaets link",

  "survey.counts.title": "Koder pr. center og team",
  "survey.counts.caption": "Koder: lavet, brugt, tilbagekaldt og ubrugte",
  "survey.counts.none": "Ingen centre i runden.",
  "survey.counts.group": "Center eller team",
  "survey.counts.created": "Lavet",
  "survey.counts.used": "Brugt",
  "survey.counts.revokedCol": "Tilbagekaldt",
  "survey.counts.unused": "Ubrugte",
  "survey.counts.actions": "Handlinger",
  "survey.counts.noTeam": "Hele centret (intet team)",
  "survey.counts.revoke": "Tilbagekald ubrugte",
  "survey.counts.revokeLabel.one": "Tilbagekald ubrugte: {n} kode for {name}",
  "survey.counts.revokeLabel.other": "Tilbagekald ubrugte: {n} koder for {name}",
  "survey.counts.confirmTitle.one": "Tilbagekald {n} ubrugt kode for {name}?",
  "survey.counts.confirmTitle.other": "Tilbagekald {n} ubrugte koder for {name}?",
  "survey.counts.confirmText":
    "En tilbagekaldt kode kan ikke længere bruges, og det kan ikke fortrydes. Brugte koder og deres svar berøres ikke.",
  "survey.counts.revoked.one": "{n} kode for {name} er tilbagekaldt.",
  "survey.counts.revoked.other": "{n} koder for {name} er tilbagekaldt.",
  "survey.counts.total.one": "{n} kode lavet i alt.",
  "survey.counts.total.other": "{n} koder lavet i alt.",

  "survey.revokeOne.title": "Tilbagekald én kode",
  "survey.revokeOne.intro": "Er en seddel blevet væk? Skriv koden, så kan den ikke bruges.",
  "survey.revokeOne.code": "Koden",
  "survey.revokeOne.empty": "Skriv koden.",
  "survey.revokeOne.submit": "Tilbagekald koden",
  "survey.revokeOne.done": "Koden er tilbagekaldt.",
  "survey.revokeOne.none":
    "Ingen ubrugt kode i centret passede: den er brugt, tilbagekaldt eller forkert skrevet.",

  "survey.import.heading": "Importér svar fra et andet spørgeskemaværktøj",
  "survey.import.intro":
    "Filen skal være CSV (UTF-8, komma eller semikolon som Excel gemmer den) med en overskriftsrække:",
  "survey.import.columns.centre": "centre: centrets id eller pseudonym (skal udfyldes).",
  "survey.import.columns.optional": "team og panel_code: valgfrie.",
  "survey.import.columns.items":
    "én kolonne pr. spørgsmålskode med svarmulighedens nummer (1, 2, 3 …); en tom celle er et manglende svar.",
  "survey.import.columns.choice":
    "value-most med de valgte muligheder adskilt af | (fx tasks|salary), og de åbne spørgsmål som tekst.",
  "survey.import.columns.format": "Den samme fil importeret to gange giver ikke dobbelte svar.",
  "survey.import.template": "Hent en skabelon med overskrifterne",
  "survey.import.templateError": "Skabelonen kunne ikke hentes. Prøv igen.",
  "survey.import.notNow":
    "Svar kan kun importeres, mens runden er åben: Rækker tilføjet, efter tallene er læst, kunne afsløre, hvad kolleger har svaret.",
  "survey.import.file": "CSV-fil",
  "survey.import.fileHint": "Op til 25 MB og 50.000 rækker.",
  "survey.import.noFile": "Vælg en fil.",
  "survey.import.partial": "Gem de gyldige rækker, selv om nogle afvises",
  "survey.import.partialHint":
    "Uden dette flueben gemmes intet, hvis blot én række afvises: ret filen og importér den igen. Med fluebenet gemmes de gyldige rækker, og de afviste vises; importér derefter kun de rettede rækker, ikke hele filen igen.",
  "survey.import.submit": "Importér",
  "survey.import.uploading": "Sender …",
  "survey.import.progress": "Sender filen: {percent} %",
  "survey.import.checking": "Filen er sendt; rækkerne kontrolleres …",
  "survey.import.outcome": "Resultat af importen",
  "survey.import.imported.one": "{n} besvarelse er importeret.",
  "survey.import.imported.other": "{n} besvarelser er importeret.",
  "survey.import.partlyRejected.one":
    "{n} række blev afvist og ikke gemt. Ret den, og importér kun den rettede række.",
  "survey.import.partlyRejected.other":
    "{n} rækker blev afvist og ikke gemt. Ret dem, og importér kun de rettede rækker.",
  "survey.import.nothingStored.one": "Intet er gemt: {n} række blev afvist.",
  "survey.import.nothingStored.other": "Intet er gemt: {n} rækker blev afvist.",
  "survey.import.fixAll":
    "Ret rækkerne herunder, og importér hele filen igen; eller vælg at gemme de gyldige rækker.",
  "survey.import.duplicate": "Denne fil er importeret før. Intet er tilføjet igen.",
  "survey.import.rejectedCaption.one": "Afvist række ({n})",
  "survey.import.rejectedCaption.other": "Afviste rækker ({n})",
  "survey.import.moreRejected": "Viser de første {shown} af {total} afviste rækker.",
  "survey.import.row": "Række",
  "survey.import.column": "Kolonne",
  "survey.import.message": "Fejl",
  "survey.import.offline": "Filen kunne ikke sendes: serveren kunne ikke nås. Prøv igen.",
  "survey.import.forbidden": "Du kan ikke importere svar til denne runde.",
  "survey.import.conflict": "Runden tager ikke imod import lige nu.",
  "survey.import.tooLarge": "Filen er for stor. Del den op i mindre filer.",
  "survey.import.unreadable": "Filen kunne ikke læses.",
  "survey.import.failed": "Importen mislykkedes.",

  "survey.participation.heading": "Svar indtil nu",
  "survey.participation.intro":
    "Kun antal: hvor mange der er inviteret, og hvor mange der har svaret. Ingen resultater, før runden er lukket.",
  "survey.participation.live": "Opdateres automatisk hvert 10. sekund, mens runden er åben. Senest {time}.",
  "survey.participation.final": "Runden er ikke åben; tallene ændrer sig ikke. Hentet {time}.",
  "survey.participation.caption": "Deltagelse pr. center og team",
  "survey.participation.invited": "Inviteret",
  "survey.participation.answered": "Svaret",
  "survey.participation.rate": "Svarprocent",
  "survey.participation.total": "I alt",
  "survey.participation.note":
    "Inviteret er antallet af koder, der ikke er tilbagekaldt. Svaret tæller også importerede svar. Svarprocenten er svarene ud af antal ansatte, aldrig over 100 %; uden antal ansatte er den ukendt.",
  // Arbejdsdeling og ingen opfyldning: antal ansatte, log over koder og import, ønsker om sedler
  "survey.participation.headcount": "Antal ansatte",
  "survey.participation.unknown": "ukendt",
  "survey.participation.unknownLabel": "Svarprocent ukendt: antal ansatte er ikke angivet",
  "survey.headcount.title": "Antal ansatte",
  "survey.headcount.intro":
    "Hvor mange ansatte centret og hvert team har i denne runde. Udleverede koder plus importerede svar kan aldrig blive flere, så ingen kan fylde en lille gruppe op med egne svar. Uden antal er intet begrænset, og svarprocenten er ukendt.",
  "survey.headcount.caption": "Antal ansatte pr. center og team",
  "survey.headcount.taken": "Pladser brugt",
  "survey.headcount.takenHint": "Koder, der ikke er tilbagekaldt, plus importerede svar.",
  "survey.headcount.none": "ikke angivet",
  "survey.headcount.fieldLabel": "Antal ansatte i {group}",
  "survey.headcount.save": "Gem antal ansatte for {centre}",
  "survey.headcount.saved": "Antal ansatte er gemt.",
  "survey.headcount.readOnly":
    "Koordinatoren angiver antal ansatte under Deltagelse. Det ligger fast, når runden er lukket.",
  "survey.audit.title": "Log over koder og import",
  "survey.audit.intro":
    "Hver kode, der er udleveret eller tilbagekaldt, hver import, hvert antal ansatte og hvert ønske om sedler, med hvem og hvornår. Centrets tovholder ser centrets linjer: Koordinatoren, der har koderne, bliver også holdt øje med.",
  "survey.audit.caption": "Loggen, nyeste først",
  "survey.audit.when": "Hvornår",
  "survey.audit.who": "Hvem",
  "survey.audit.what": "Hvad",
  "survey.audit.group": "Center / team",
  "survey.audit.none": "Intet endnu.",
  "survey.audit.deleted": "(slettet bruger)",
  "survey.audit.invitations.create": "Udleverede {n} koder",
  "survey.audit.invitations.revoke": "Tilbagekaldte {n} ubrugte koder",
  "survey.audit.invitations.revokeAll": "Tilbagekaldte alle ubrugte koder",
  "survey.audit.responses.import": "Importerede {n} svar",
  "survey.audit.headcount.set": "Satte antal ansatte til {n}",
  "survey.audit.headcount.clear": "Fjernede antal ansatte",
  "survey.audit.slips.request": "Bad om {n} sedler",
  "survey.slips.title": "Bed koordinatoren om sedler",
  "survey.slips.intro":
    "Koderne laves af netværkets koordinator, ikke af centret: De, der læser centrets tal, har ikke dets koder. Skriv, hvor mange sedler I skal bruge; koordinatoren ser ønsket, og loggen viser det.",
  "survey.slips.count": "Antal sedler",
  "survey.slips.note": "Besked til koordinatoren (valgfri)",
  "survey.slips.submit": "Bed om sedler",
  "survey.slips.sent": "Dit ønske er sendt til koordinatoren.",
  "survey.import.coordinatorOnly":
    "Kun netværkets koordinator importerer svar, og kun mens runden er åben. Loggen nedenfor viser hver import til jeres center.",
  "survey.problem.coordinator-only": "Kun netværkets koordinator må gøre dette.",
  "survey.problem.headcount-exceeded":
    "Så ville gruppen komme over sit antal ansatte. Tilbagekald ubrugte koder, eller ret antallet først.",
  "survey.problem.round-not-open":
    "Runden er ikke åben: Koder, import og antal ansatte kan ikke længere ændres.",
  "survey.problem.headcount-below-taken":
    "Antal ansatte kan ikke være lavere end koderne, der ikke er tilbagekaldt, plus de importerede svar.",
  "survey.problem.teams-over-centre": "Teamene er tilsammen flere end centrets antal ansatte.",
};
