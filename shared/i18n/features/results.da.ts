/** Danish strings of the results screens. Keys start with "results.". */
export const resultsDa = {
  "results.tooFew": "for få svar",
  "results.tooFewShort": "for få svar",
  "results.yes": "Ja",
  "results.no": "Nej",
  "results.print": "Udskriv eller gem som PDF",
  "results.notFound": "Rapporten findes ikke, eller du har ikke adgang til den.",
  "results.higherWorse": "(højt er dårligt)",
  "results.ci": "95\u00a0%: {low}–{high}",
  "results.respondentsShort": "{n} svar",

  "results.light.green": "Grøn",
  "results.light.yellow": "Gul",
  "results.light.red": "Rød",

  "results.comparison.network": "netværkets gennemsnit",
  "results.comparison.reference": "den nationale reference",

  "results.report.title": "{centre}: {round}",
  "results.report.meta": "Målingen startede {date}",
  "results.report.otherRounds": "Målinger",
  "results.overview.held":
    "Tallene for {centres} er de samme som sidst, de blev vist: siden er der kommet færre end {min} nye besvarelser til i et team (eller blandt dem uden team). De nye besvarelser tæller med, når der er kommet mindst {min} til.",
  "results.report.held":
    "Tallene er de samme som sidst, de blev vist: siden er der kommet færre end {min} nye besvarelser til i et team (eller blandt dem uden team), og de nye tal ville vise, hvad de få har svaret. De nye besvarelser tæller med, når der er kommet mindst {min} til.",
  "results.report.noBenchmark":
    "Netværkets gennemsnit, højeste og laveste vises ikke: for få centre når mindstegruppen (der skal mindst tre til), ellers kunne et andet centers egne tal regnes ud.",
  "results.report.tooFewAll":
    "Centret har færre end {min} besvarelser i denne måling, så dets tal vises ikke. Deltagelsen kan stadig ses.",
  "results.report.respondents": "{n} besvarelser",
  "results.report.respondentsHeadcount": "{n} besvarelser af {headcount} ansatte ({rate} %)",
  "results.report.respondentsRate": "{n} besvarelser af {invited} inviterede ({rate} %)",
  "results.report.noResponses":
    "Ingen fra {centre} svarede i denne måling, så rapporten har ingen tal at vise.",
  "results.report.footer":
    "{centre} · {round} · startede {date} · tal fra færre end {min} besvarelser vises ikke",
  "results.pending.open.title": "Resultaterne kommer, når målingen lukker.",
  "results.pending.open.text":
    "Målingen er stadig åben for besvarelser (til {closes}). Når koordinatoren lukker den, beregnes resultaterne, og rapporten kommer her.",
  "results.pending.closed.title": "Resultaterne er ikke offentliggjort endnu.",
  "results.pending.closed.text":
    "Målingen er lukket. Rapporten kommer her, når koordinatoren har offentliggjort resultaterne.",
  "results.pending.back": "Til centrets side",
  "results.link.report": "Rapport: {round}",
  "results.link.reportFor": "Rapport: {round}, {centre}",
  "results.link.reports": "Rapporter",
  "results.link.roundResults": "Resultater af {round}",
  "results.home.report": "Rapport for {label}",
  "results.home.overview": "Overblik over {label}",

  "results.summary.title": "Opmærksomhedspunkter og styrker",
  "results.summary.attention": "Opmærksomhedspunkter",
  "results.summary.strengths": "Styrker",
  "results.summary.noAttention":
    "Ingen skala ligger dårligere end {comparison}, så der er ingen opmærksomhedspunkter.",
  "results.summary.rule":
    "Opmærksomhedspunkter er de skalaer, hvor centret ligger dårligere end {comparison}: røde først, så gule, højst tre. Styrker er det modsatte.",
  "results.summary.noStrengths": "Ingen skala ligger bedre end {comparison}.",
  "results.summary.better.network": "{score}, {diff} point bedre end netværkets gennemsnit ({comparison}).",
  "results.summary.worse.network":
    "{score}, {diff} point dårligere end netværkets gennemsnit ({comparison}).",
  "results.summary.same.network": "{score}, det samme som netværkets gennemsnit ({comparison}).",
  "results.summary.better.reference":
    "{score}, {diff} point bedre end den nationale reference ({comparison}).",
  "results.summary.worse.reference":
    "{score}, {diff} point dårligere end den nationale reference ({comparison}).",
  "results.summary.same.reference": "{score}, det samme som den nationale reference ({comparison}).",
  "results.summary.themes": "Temaer, der kan hjælpe med {scale}",

  "results.benchmark.title": "Centret sammenlignet med netværket",
  "results.benchmark.intro":
    "Skalaerne går fra 0 til 100. Trafiklyset sammenligner med {comparison}: grøn er mindst {threshold} point bedre, rød mindst {threshold} point dårligere, gul derimellem. Tal fra færre end {min} besvarelser vises ikke.",
  "results.benchmark.referenceSource": "Den nationale reference: {source}",
  "results.benchmark.chartLabel":
    "Diagram over {domain} for {centre}: centrets score med 95 %-interval, netværkets spænd, gennemsnit og national reference. Tallene står i tabellen under diagrammet.",
  "results.benchmark.tableCaption": "{domain}: tallene",

  "results.col.scale": "Skala",
  "results.col.ours": "Vores score",
  "results.col.networkMean": "Netværkets gennemsnit",
  "results.col.highest": "Netværkets højeste",
  "results.col.lowest": "Netværkets laveste",
  "results.col.reference": "National reference",
  "results.col.light": "Lys",
  "results.col.change": "Ændring",
  "results.change.verdict.better": "bedre",
  "results.change.verdict.worse": "dårligere",
  "results.change.verdict.same": "uændret",
  "results.change.meaningfulShort": "meningsfuld",
  "results.change.from": "forrige\u00a0{value}",
  "results.change.mdd": "mindste påviselige forskel: {value}\u00a0point",
  "results.change.mddAbbr": "mpf",
  "results.change.mddAbbrTitle": "mindste påviselige forskel",
  "results.change.mddExplain":
    "mpf: mindste påviselige forskel, den mindste ændring som antallet af besvarelser i de to målinger kunne påvise (80\u00a0% styrke, 5\u00a0% signifikansniveau); en mindre ændring kan være tilfældig.",
  "results.table.scrollHint": "Flere kolonner til siden →",
  "results.legend.previous": "Forrige målings score",
  "results.col.option": "Svarmulighed",
  "results.col.previous": "Forrige måling",
  "results.col.now": "Denne måling",
  "results.col.difference": "Forskel",
  "results.col.meaningful": "Meningsfuld forskel",
  "results.col.significant": "Signifikant (p < 0,05)",
  "results.col.effect": "Effektstørrelse (d)",
  "results.col.test": "Test",
  "results.col.centre": "Center",
  "results.col.respondents": "Besvarelser",

  "results.legend.range": "Netværkets laveste til højeste",
  "results.legend.networkMean": "Netværkets gennemsnit",
  "results.legend.reference": "National reference",
  "results.legend.interval": "Centrets score med 95 %-interval",
  "results.legend.light.green.network": "Grøn: bedre end netværket",
  "results.legend.light.yellow.network": "Gul: som netværket",
  "results.legend.light.red.network": "Rød: dårligere end netværket",
  "results.legend.light.green.reference": "Grøn: bedre end referencen",
  "results.legend.light.yellow.reference": "Gul: som referencen",
  "results.legend.light.red.reference": "Rød: dårligere end referencen",

  "results.chart.downloadSvgLabel": "Hent {title} som SVG",
  "results.chart.downloadPngLabel": "Hent {title} som PNG",
  "results.chart.pngFailed": "Diagrammet kunne ikke gemmes som PNG. Prøv SVG.",
  "results.chart.region": "Diagram: {title}",
  "results.chart.seeTable": "Tallene som tabel",
  "results.chart.betterRight": "bedre →",
  "results.chart.betterLeft": "← bedre (lavere er bedre)",
  "results.chart.betterUp": "højere er bedre",
  "results.chart.betterDown": "lavere er bedre",

  "results.valueMost.title": "Hvad sætter I mest pris på i jobbet?",
  "results.valueMost.intro":
    "Andel af besvarelserne, der valgte hver svarmulighed til spørgsmålet “{question}”.",
  "results.valueMost.chartLabel":
    "Søjlediagram: andelen i {centre}, der valgte hver svarmulighed, mod netværkets gennemsnit, laveste og højeste. Tallene står i tabellen under diagrammet.",
  "results.valueMost.tableCaption": "Hvad sætter I mest pris på: procent af besvarelserne",
  "results.valueMost.file": "mest pris paa",

  "results.trend.title": "Udvikling over tid",
  "results.trend.chartTitle": "Skalaerne måling for måling",
  "results.trend.chartLabel":
    "Små linjediagrammer: {centre}s score i hver måling, med netværkets gennemsnit. Tallene står i tabellen under diagrammet.",
  "results.trend.tableCaption": "Centrets score i hver måling (netværkets gennemsnit under)",
  "results.trend.networkValue": "netværk {value}",
  "results.trend.firstRound":
    "Dette er den første måling for {centre}, så der er ingen udvikling at vise endnu.",
  "results.trend.file": "udvikling",

  "results.change.title": "Ændring siden forrige måling",
  "results.change.intro":
    "En forskel er meningsfuld fra {threshold} point. Signifikant betyder p < 0,05 (Welch-test, eller parret test, hvor panelkoder forbinder svarene). Effektstørrelsen d: omkring 0,2 er lille, 0,5 middel, 0,8 stor.",
  "results.change.none": "Der er ingen tidligere måling at sammenligne med.",
  "results.change.onScreen":
    "Ændringen siden forrige måling står i tabellerne for hvert område. Testene bag (p, effektstørrelse) og tallene for hver måling står i rapporten på skærmen.",
  "results.change.tableCaption": "Ændring siden forrige måling",
  "results.change.better": "bedre",
  "results.change.worse": "dårligere",
  "results.change.paired": "parret ({pairs} par)",
  "results.change.welch": "Welch",

  "results.teams.title": "Teams i centret",
  "results.teams.show": "Vis teamene",
  "results.teams.closed": "Teamenes tal hentes, når du åbner afsnittet.",
  "results.teams.notPrinted":
    "Teamene er ikke med på udskriften: åbn afsnittet på skærmen, eller brug knappen Udskriv, der tager dem med.",
  "results.learn.title": "Lær af de bedste",
  "results.learn.intro":
    "For hvert opmærksomhedspunkt: det center, der ligger bedst på skalaen i netværket i denne måling, og det, der har forbedret sig mest siden sidste måling, med deres praksisser fra praksisbiblioteket til skalaens temaer. Et center nævnes kun ved navn, hvis det har sagt ja til det i praksisbiblioteket, ellers står der »et andet center«. Andre centres tal vises ikke.",
  "results.learn.best": "Bedst i netværket: {centre}",
  "results.learn.improved": "Forbedret mest siden sidste måling: {centre}",
  "results.learn.anotherCentre": "et andet center",
  "results.learn.noBest": "Ingen sammenligning på skalaen: for få centre har tal nok.",
  "results.learn.noImproved":
    "Intet andet center har forbedret sig på skalaen siden sidste måling (eller der er ingen tidligere måling).",
  "results.learn.noPractices": "Centret har endnu ingen praksisser i biblioteket til skalaens temaer.",
  "results.learn.practicesOf": "Praksisser fra {centre}",
  "results.learn.library": "Se praksisbiblioteket",
  "results.teams.intro":
    "Kun teams med mindst {min} besvarelser vises, og et team skjules også, hvis dets tal sammen med de andre ville afsløre et mindre teams.",
  "results.teams.none": "Centret har ingen teams.",
  "results.teams.noneShown": "Ingen teams har svar nok til at blive vist.",
  "results.teams.failed": "Rapporten for {teams} kunne ikke hentes. Genindlæs siden for at prøve igen.",
  "results.teams.hidden": "Vises ikke (for få svar, eller skjult for at beskytte et mindre team): {teams}.",
  "results.teams.chartTitle": "Teams i {centre}",
  "results.teams.chartLabel":
    "Heatmap over teams og skalaer i {centre}, farvet efter trafiklys. Brug piletasterne for at gå mellem felterne; tallene står også i tabellen under.",
  "results.teams.tableCaption": "Teams: score og lys pr. skala",
  "results.teams.file": "teams",
  "results.heatmap.cell": "{group}, {scale}: {value}, {light}",
  "results.heatmap.networkCell": "Netværkets gennemsnit, {scale}: {value}",

  "results.overview.link": "Netværksoverblik",
  "results.overview.title": "Netværksoverblik: {round}",
  "results.overview.meta": "Målingen startede {date} · {centres} centre · {n} besvarelser",
  "results.overview.notFound": "Overblikket findes ikke, eller kun netværkets koordinator kan se det.",
  "results.overview.heatmapTitle": "Centre og skalaer",
  "results.overview.intro":
    "Hvert felt sammenligner centret med netværkets gennemsnit: grøn er mindst {threshold} point bedre, rød mindst {threshold} point dårligere. Tal fra færre end {min} besvarelser vises ikke.",
  "results.overview.sortBy": "Sortér centrene efter",
  "results.overview.sort.name": "Navn",
  "results.overview.sort.respondents": "Deltagelse (flest først)",
  "results.overview.sort.scale": "{scale} (bedst først)",
  "results.overview.chartLabel":
    "Heatmap over centre og skalaer i {round}, farvet efter trafiklys. Brug piletasterne for at gå mellem felterne; tallene står også i tabellen under.",
  "results.overview.tableCaption": "Centrenes score pr. skala",
  "results.overview.file": "netvaerksoverblik",

  "results.across.title": "Én skala på tværs af målinger",
  "results.across.intro": "Vælg en skala for at se hvert centers score i alle målinger med resultater.",
  "results.across.scale": "Skala",
  "results.across.chartTitle": "{scale} på tværs af målinger",
  "results.across.tableCaption": "{scale}: centrenes score i hver måling",
  "results.across.absent": "ikke med",

  "results.rounds.close": "Luk runden",
  "results.rounds.publish": "Offentliggør",
  "results.rounds.reopen": "Genåbn",
  "results.rounds.cancel": "Fortryd",
  "results.rounds.closeLabel": "Luk runden {label}",
  "results.rounds.publishLabel": "Offentliggør resultaterne af {label}",
  "results.rounds.reopenLabel": "Genåbn runden {label} for flere besvarelser",
  "results.rounds.confirm.close.title": "Luk runden {label}?",
  "results.rounds.confirm.close.text":
    "Der kan ikke længere svares. Alle besvarelser scores én gang, og resultaterne gemmes, så du kan se dem i netværksoverblikket. Facilitatorerne ser dem først, når du offentliggør. Indtil da kan runden genåbnes.",
  "results.rounds.confirm.publish.title": "Offentliggør {label}?",
  "results.rounds.confirm.publish.text":
    "Hvert centers facilitator kan derefter se sit centers rapport. En offentliggjort runde kan ikke ændres eller genåbnes.",
  "results.rounds.confirm.reopen.title": "Genåbn {label}?",
  "results.rounds.confirm.reopen.text":
    "Runden tager igen imod besvarelser. De gemte resultater slettes og beregnes på ny, når du lukker runden igen.",
  "results.rounds.done.close": "Runden {label} er lukket, og resultaterne er beregnet.",
  "results.rounds.done.publish": "Resultaterne af {label} er offentliggjort.",
  "results.rounds.done.reopen": "Runden {label} er åben igen.",
};
