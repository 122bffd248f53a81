import type { resultsDa } from "./results.da.ts";

/** English strings of the results screens: the same keys as Danish (checked by the type). */
export const resultsEn: Record<keyof typeof resultsDa, string> = {
  "results.tooFew": "too few answers",
  "results.tooFewShort": "too few answers",
  "results.yes": "Yes",
  "results.no": "No",
  "results.print": "Print or save as PDF",
  "results.notFound": "The report does not exist, or you do not have access to it.",
  "results.higherWorse": "(high is bad)",
  "results.ci": "95%: {low}–{high}",
  "results.respondentsShort": "{n} answers",

  "results.light.green": "Green",
  "results.light.yellow": "Yellow",
  "results.light.red": "Red",

  "results.comparison.network": "the network average",
  "results.comparison.reference": "the national reference",

  "results.report.title": "{centre}: {round}",
  "results.report.meta": "The round started {date}",
  "results.report.otherRounds": "Rounds",
  "results.overview.held":
    "The figures of {centres} are the ones shown before: fewer than {min} new responses have come in since for a team (or for the people in no team). The new responses count once at least {min} have come in.",
  "results.report.held":
    "These are the figures shown before: fewer than {min} new responses have come in since for a team (or for the people in no team), and new figures would show what those few answered. The new responses count once at least {min} have come in.",
  "results.report.noBenchmark":
    "The network average, highest and lowest are not shown: too few centres reach the minimum group size (at least three are needed), or another centre's own figures could be worked out.",
  "results.report.tooFewAll":
    "The centre has fewer than {min} responses in this round, so its figures are not shown. Participation can still be seen.",
  "results.report.respondents": "{n} responses",
  "results.report.respondentsHeadcount": "{n} responses of {headcount} employees ({rate}%)",
  "results.report.respondentsRate": "{n} responses of {invited} invited ({rate}%)",
  "results.report.noResponses":
    "Nobody from {centre} answered in this round, so the report has no figures to show.",
  "results.report.footer":
    "{centre} · {round} · started {date} · figures from fewer than {min} responses are not shown",
  "results.pending.open.title": "The results come when the round closes.",
  "results.pending.open.text":
    "The round is still open for responses (until {closes}). When the coordinator closes it, the results are computed and the report appears here.",
  "results.pending.closed.title": "The results are not published yet.",
  "results.pending.closed.text":
    "The round is closed. The report appears here once the coordinator has published the results.",
  "results.pending.back": "To the centre's page",
  "results.link.report": "Report: {round}",
  "results.link.reportFor": "Report: {round}, {centre}",
  "results.link.reports": "Reports",
  "results.link.roundResults": "Results of {round}",
  "results.home.report": "Report for {label}",
  "results.home.overview": "Overview of {label}",

  "results.summary.title": "Attention points and strengths",
  "results.summary.attention": "Attention points",
  "results.summary.strengths": "Strengths",
  "results.summary.noAttention": "No scale is worse than {comparison}, so there are no attention points.",
  "results.summary.rule":
    "Attention points are the scales where the centre is worse than {comparison}: red first, then yellow, at most three. Strengths are the mirror image.",
  "results.summary.noStrengths": "No scale is better than {comparison}.",
  "results.summary.better.network": "{score}, {diff} points better than the network average ({comparison}).",
  "results.summary.worse.network": "{score}, {diff} points worse than the network average ({comparison}).",
  "results.summary.same.network": "{score}, the same as the network average ({comparison}).",
  "results.summary.better.reference":
    "{score}, {diff} points better than the national reference ({comparison}).",
  "results.summary.worse.reference":
    "{score}, {diff} points worse than the national reference ({comparison}).",
  "results.summary.same.reference": "{score}, the same as the national reference ({comparison}).",
  "results.summary.themes": "Themes that help with {scale}",

  "results.benchmark.title": "The centre compared with the network",
  "results.benchmark.intro":
    "Scales run from 0 to 100. The traffic light compares with {comparison}: green is at least {threshold} points better, red at least {threshold} points worse, yellow in between. Figures from fewer than {min} responses are not shown.",
  "results.benchmark.referenceSource": "National reference: {source}",
  "results.benchmark.chartLabel":
    "Chart of {domain} for {centre}: the centre's score with its 95% interval, the network's range, average and the national reference. The figures are in the table below the chart.",
  "results.benchmark.tableCaption": "{domain}: the figures",

  "results.col.scale": "Scale",
  "results.col.ours": "Our score",
  "results.col.networkMean": "Network average",
  "results.col.highest": "Network highest",
  "results.col.lowest": "Network lowest",
  "results.col.reference": "National reference",
  "results.col.light": "Light",
  "results.col.change": "Change",
  "results.change.verdict.better": "better",
  "results.change.verdict.worse": "worse",
  "results.change.verdict.same": "unchanged",
  "results.change.meaningfulShort": "meaningful",
  "results.change.from": "last\u00a0{value}",
  "results.change.mdd": "smallest detectable: {value}\u00a0points",
  "results.change.mddAbbr": "MDD",
  "results.change.mddAbbrTitle": "minimum detectable difference",
  "results.change.mddExplain":
    "MDD: minimum detectable difference, the smallest change the two rounds' numbers of responses could detect (80\u00a0% power, 5\u00a0% significance level); a smaller change may be chance.",
  "results.table.scrollHint": "More columns to the side →",
  "results.legend.previous": "Last round's score",
  "results.col.option": "Option",
  "results.col.previous": "Previous round",
  "results.col.now": "This round",
  "results.col.difference": "Difference",
  "results.col.meaningful": "Meaningful difference",
  "results.col.significant": "Significant (p < 0.05)",
  "results.col.effect": "Effect size (d)",
  "results.col.test": "Test",
  "results.col.centre": "Centre",
  "results.col.respondents": "Responses",

  "results.legend.range": "Network lowest to highest",
  "results.legend.networkMean": "Network average",
  "results.legend.reference": "National reference",
  "results.legend.interval": "The centre's score with its 95% interval",
  "results.legend.light.green.network": "Green: better than the network",
  "results.legend.light.yellow.network": "Yellow: like the network",
  "results.legend.light.red.network": "Red: worse than the network",
  "results.legend.light.green.reference": "Green: better than the reference",
  "results.legend.light.yellow.reference": "Yellow: like the reference",
  "results.legend.light.red.reference": "Red: worse than the reference",

  "results.chart.downloadSvgLabel": "Download {title} as SVG",
  "results.chart.downloadPngLabel": "Download {title} as PNG",
  "results.chart.pngFailed": "The chart could not be saved as PNG. Try SVG.",
  "results.chart.region": "Chart: {title}",
  "results.chart.seeTable": "The figures as a table",
  "results.chart.betterRight": "better →",
  "results.chart.betterLeft": "← better (lower is better)",
  "results.chart.betterUp": "higher is better",
  "results.chart.betterDown": "lower is better",

  "results.valueMost.title": "What do you value most in your job?",
  "results.valueMost.intro": "Share of responses that chose each option of the question “{question}”.",
  "results.valueMost.chartLabel":
    "Bar chart: the share in {centre} that chose each option, against the network's average, lowest and highest. The figures are in the table below the chart.",
  "results.valueMost.tableCaption": "What you value most: percent of responses",
  "results.valueMost.file": "value most",

  "results.trend.title": "Change over time",
  "results.trend.chartTitle": "The scales round by round",
  "results.trend.chartLabel":
    "Small line charts: the score of {centre} in every round, with the network average. The figures are in the table below the chart.",
  "results.trend.tableCaption": "The centre's score in each round (the network average below)",
  "results.trend.networkValue": "network {value}",
  "results.trend.firstRound": "This is the first round for {centre}, so there is no change to show yet.",
  "results.trend.file": "change over time",

  "results.change.title": "Change since the previous round",
  "results.change.intro":
    "A difference is meaningful from {threshold} points. Significant means p < 0.05 (Welch's test, or a paired test where panel codes link the answers). Effect size d: about 0.2 is small, 0.5 medium, 0.8 large.",
  "results.change.none": "There is no earlier round to compare with.",
  "results.change.onScreen":
    "The change since the last round is in each domain's table. The tests behind it (p, effect size) and the figures of every round are in the report on screen.",
  "results.change.tableCaption": "Change since the previous round",
  "results.change.better": "better",
  "results.change.worse": "worse",
  "results.change.paired": "paired ({pairs} pairs)",
  "results.change.welch": "Welch",

  "results.teams.title": "Teams in the centre",
  "results.teams.show": "Show the teams",
  "results.teams.closed": "The teams' figures are fetched when you open this section.",
  "results.teams.notPrinted":
    "The teams are not in the printout: open the section on screen, or use the Print button, which includes them.",
  "results.learn.title": "Learn from the best",
  "results.learn.intro":
    "For each attention point: the network's best centre on the scale in this round, and the one that improved most since the last round, with their practices from the practice library for the scale's themes. A centre is named only if it agreed to that in the practice library; otherwise it says \"another centre\". Other centres' figures are not shown.",
  "results.learn.best": "Best in the network: {centre}",
  "results.learn.improved": "Improved most since the last round: {centre}",
  "results.learn.anotherCentre": "another centre",
  "results.learn.noBest": "No comparison on this scale: too few centres have enough answers.",
  "results.learn.noImproved":
    "No other centre improved on this scale since the last round (or there is no earlier round).",
  "results.learn.noPractices": "The centre has no practices in the library for the scale's themes yet.",
  "results.learn.practicesOf": "Practices from {centre}",
  "results.learn.library": "Open the practice library",
  "results.teams.intro":
    "Only teams with at least {min} responses are shown, and a team is also hidden where its figures with the others' would give away a smaller team's.",
  "results.teams.none": "The centre has no teams.",
  "results.teams.noneShown": "No team has enough answers to be shown.",
  "results.teams.failed": "The report for {teams} could not be fetched. Reload the page to try again.",
  "results.teams.hidden": "Not shown (too few answers, or hidden to protect a smaller team): {teams}.",
  "results.teams.chartTitle": "Teams in {centre}",
  "results.teams.chartLabel":
    "Heatmap of the teams and scales of {centre}, coloured by traffic light. Use the arrow keys to move between cells; the figures are also in the table below.",
  "results.teams.tableCaption": "Teams: score and light per scale",
  "results.teams.file": "teams",
  "results.heatmap.cell": "{group}, {scale}: {value}, {light}",
  "results.heatmap.networkCell": "Network average, {scale}: {value}",

  "results.overview.link": "Network overview",
  "results.overview.title": "Network overview: {round}",
  "results.overview.meta": "The round started on {date} · {centres} centres · {n} responses",
  "results.overview.notFound": "The overview does not exist, or only the network's coordinator can see it.",
  "results.overview.heatmapTitle": "Centres and scales",
  "results.overview.intro":
    "Each cell compares the centre with the network average: green is at least {threshold} points better, red at least {threshold} points worse. Figures from fewer than {min} responses are not shown.",
  "results.overview.sortBy": "Sort the centres by",
  "results.overview.sort.name": "Name",
  "results.overview.sort.respondents": "Participation (most first)",
  "results.overview.sort.scale": "{scale} (best first)",
  "results.overview.chartLabel":
    "Heatmap of centres and scales in {round}, coloured by traffic light. Use the arrow keys to move between cells; the figures are also in the table below.",
  "results.overview.tableCaption": "The centres' scores per scale",
  "results.overview.file": "network overview",

  "results.across.title": "One scale across rounds",
  "results.across.intro": "Choose a scale to see every centre's score in all rounds with results.",
  "results.across.scale": "Scale",
  "results.across.chartTitle": "{scale} across rounds",
  "results.across.tableCaption": "{scale}: the centres' scores in each round",
  "results.across.absent": "did not take part",

  "results.rounds.close": "Close the round",
  "results.rounds.publish": "Publish",
  "results.rounds.reopen": "Reopen",
  "results.rounds.cancel": "Cancel",
  "results.rounds.closeLabel": "Close the round {label}",
  "results.rounds.publishLabel": "Publish the results of {label}",
  "results.rounds.reopenLabel": "Reopen the round {label} for more answers",
  "results.rounds.confirm.close.title": "Close the round {label}?",
  "results.rounds.confirm.close.text":
    "No more answers can be given. Every response is scored once and the results are stored, so that you can check them in the network overview. Facilitators see them only once you publish. Until then the round can be reopened.",
  "results.rounds.confirm.publish.title": "Publish {label}?",
  "results.rounds.confirm.publish.text":
    "Each centre's facilitator can then see their centre's report. A published round cannot be changed or reopened.",
  "results.rounds.confirm.reopen.title": "Reopen {label}?",
  "results.rounds.confirm.reopen.text":
    "The round takes answers again. The stored results are discarded and computed again when you close the round again.",
  "results.rounds.done.close": "The round {label} is closed and its results are computed.",
  "results.rounds.done.publish": "The results of {label} are published.",
  "results.rounds.done.reopen": "The round {label} is open again.",
};
