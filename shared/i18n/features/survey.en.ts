import type { surveyDa } from "./survey.da.ts";

/** English strings of the survey screens: the same keys as Danish (checked by the type). */
export const surveyEn: Record<keyof typeof surveyDa, string> = {
  "survey.title": "Questionnaire",

  // The respondent's questionnaire
  "survey.progress": "{n} of {total} answered",
  "survey.minutesLeft.one": "about {n} minute left",
  "survey.minutesLeft.other": "about {n} minutes left",
  "survey.questionOf": "Question {n} of {total}",
  "survey.skip": "Skip",
  "survey.howTo":
    "Tap an answer and you move on by yourself. Swipe sideways to go forward and back; on a keyboard the number keys choose an answer.",
  "survey.intro.time": "It takes about {minutes} minutes.",
  "survey.final.firstSkipped": "Go to the first question you skipped",
  "survey.done.forget": "Forget my answers on this device",
  "survey.done.forgotten": "Your answers and your profile have been removed from this device.",
  "survey.done.kept":
    "Your profile is kept on this device so that you can see it again. On a shared computer, remove it here.",
  "survey.start": "Start",
  "survey.next": "Next",
  "survey.back": "Back",
  "survey.send": "Send my answers",
  "survey.sending": "Sending your answers …",
  "survey.saved": "Your answers are kept on this device as you go, until you send them.",
  "survey.notSaved":
    "This browser will not keep your answers. Do not reload the page before you have sent them.",
  "survey.server.offer":
    "Would you like to finish on another device? Then you can keep your answers on the server under the code. They are not linked to you and are deleted when you send them or when the survey closes.",
  "survey.server.save": "Keep on the server",
  "survey.server.saveAgain": "Keep on the server again",
  "survey.server.remove": "Remove from the server",
  "survey.server.saved":
    "Kept on the server at {time}. Open the link with the same code on the other device.",
  "survey.server.removed":
    "Your answers have been removed from the server. They are still kept on this device.",
  "survey.server.restored": "Your answers from the server have been loaded; you go on where you left off.",
  "survey.server.failed": "The server could not be reached. Your answers are still kept on this device.",
  "survey.required": "required",
  "survey.clear": "Clear my answer",
  "survey.clearLabel": "Clear my answer to question {n}",
  "survey.retry": "Try again",
  "survey.cancel": "Cancel",

  "survey.intro.title": "Welcome",
  "survey.intro.lead": "This questionnaire is about your psychosocial work environment ({round}).",
  "survey.intro.anonymous":
    "You are anonymous: the code on your slip is not linked to your name, and results are only shown for groups large enough that nobody can be recognised.",
  "survey.intro.optional":
    "There are {n} questions, one at a time. Every one can be skipped: answer those you want to.",
  "survey.intro.saved":
    "Your answers are kept on this device as you go, so you can take a break and carry on later with the same link.",
  "survey.intro.closes": "You can answer until {date}.",
  "survey.intro.language": "Du kan skifte til dansk med knappen øverst på siden.",

  "survey.choice.hint": "Choose at most {max}.",
  "survey.choice.count": "{n} of at most {max} chosen.",
  "survey.choice.tooMany": "You can choose at most {max}. Untick one to choose another.",
  "survey.open.hint": "Do not write names or anything else that could show who you or others are.",

  "survey.final.title": "Finally",
  "survey.final.answered": "You answered {n} of {total} questions. Questions you skipped are perfectly fine.",

  "survey.panel.title": "Panel code (optional)",
  "survey.panel.what":
    "If you like, make up a panel code. Researchers can then follow how answers change from year to year without anyone knowing who you are.",
  "survey.panel.how":
    "Choose something only you know and will remember next year, and write the same each time.",
  "survey.panel.never":
    "Never use your name, initials, email or employee number. The code is never linked to your name. Leave the field empty if you prefer.",
  "survey.panel.label": "Your panel code",
  "survey.panel.hint": "At least 3 and at most 64 characters.",
  "survey.panel.error": "The panel code needs at least 3 and at most 64 characters, or leave it empty.",

  "survey.error.required": "This question is required.",
  "survey.error.invalid": "This answer does not fit the question. Please choose it again.",
  "survey.error.fixSummary": "Some answers need correcting before they can be sent. The first one is marked.",
  "survey.error.offline":
    "We could not reach the server. Your answers are kept on this device and sent by themselves as soon as there is a connection again; leave the page open, or press “Send my answers” again.",
  "survey.queued.title": "Your answers are waiting for a connection",
  "survey.queued.text":
    "You have sent your answers, but there is no connection right now. They are kept on this device and sent by themselves as soon as there is a connection again; you need to do nothing more. Leave the page open if you can.",
  "survey.queued.retry": "Try sending now",
  "survey.error.server":
    "Something went wrong on our side. Your answers are kept on this device. Try again shortly.",
  "survey.error.throttled": "There have been too many attempts. Wait a few minutes and try again.",
  "survey.error.keyReused": "The sending could not be completed. Press “Send my answers” again.",

  "survey.refused.unknown.title": "This code cannot be used",
  "survey.refused.unknown.text":
    "This code cannot answer the survey: it does not exist, was withdrawn or has been used. If you answered with it on another device, your answers have arrived. Otherwise check the code on your slip.",
  "survey.refused.closed.title": "The survey is closed",
  "survey.refused.closed.text": "This round takes no more answers. Thank you for your interest.",
  "survey.refused.notOpen.title": "The survey has not opened yet",
  "survey.refused.notOpen.text": "The round is not open for answers yet. Please try again when it opens.",
  "survey.refused.throttled.title": "Too many attempts",
  "survey.refused.throttled.text": "Wait a few minutes and try again.",
  "survey.refused.offline.title": "No connection",
  "survey.refused.offline.text":
    "We could not reach the server. Answers you have already given are kept on this device. Check your connection and try again.",
  "survey.refused.server.title": "Something went wrong",
  "survey.refused.server.text": "The questionnaire could not be loaded just now. Try again shortly.",

  "survey.done.title": "Thank you, your answers have arrived",
  "survey.done.text": "The code is now used and cannot be used again.",
  "survey.done.profileOffer":
    "Would you like to see your own profile? It is computed here on your device from your answers and sent nowhere.",
  "survey.done.showProfile": "Show my profile",
  "survey.done.hideProfile": "Hide my profile",
  "survey.done.close":
    "You can close the page now. Opening the link again on this device shows this page and your profile.",

  "survey.profile.title": "Your profile",
  "survey.profile.private":
    "The profile is computed on your device from your own answers and kept only here. It is sent nowhere, and nobody else can see it.",
  "survey.profile.howToRead":
    "Each scale runs from 0 to 100. For most scales high is good; where it says “(high is bad)”, high means more strain.",
  "survey.profile.reference": "Compared with: {name} ({source}).",
  "survey.profile.synthetic": "These figures are made-up demo figures.",
  "survey.profile.chartCaption": "Your score and the reference per scale (0–100)",
  "survey.profile.tableCaption": "Your score and the reference per scale",
  "survey.profile.scale": "Scale",
  "survey.profile.you": "You",
  "survey.profile.referenceShort": "Reference",
  "survey.profile.higherWorse": "(high is bad)",
  "survey.profile.missing": "too few answers",
  "survey.profile.none": "The profile could not be computed from the answers.",
  "survey.support.title": "Talk to someone about it",
  "survey.support.high":
    "Your answers are high on {scales}. That is not a diagnosis, but it can help to talk to someone about how you are.",

  "survey.entry.title": "Answer the questionnaire",
  "survey.entry.intro": "Type the code from your slip. You need no account.",
  "survey.entry.label": "Code",
  "survey.entry.hint": "Upper or lower case, with or without hyphens.",
  "survey.entry.error": "Type the whole code from the slip.",
  "survey.entry.submit": "Go to the questionnaire",
  "survey.entry.link": "Type another code",

  // Fieldwork: invitations, import, participation
  "survey.fieldwork.nav": "The round in the field",
  "survey.fieldwork.tab.invitations": "Invitations",
  "survey.fieldwork.tab.import": "Import",
  "survey.fieldwork.tab.participation": "Participation",
  "survey.fieldwork.invitations.title": "Invitations: {label}",
  "survey.fieldwork.import.title": "Import answers: {label}",
  "survey.fieldwork.participation.title": "Participation: {label}",
  "survey.fieldwork.notFound": "The round does not exist, or you do not have access to it.",
  "survey.fieldwork.notForRole":
    "The fieldwork (invitations, import and participation) is for the network's coordinator and the centres' facilitators. As a researcher you read the published data through the research export.",
  "survey.fieldwork.backRounds": "← All rounds",
  "survey.fieldwork.backHome": "← Home",
  "survey.fieldwork.links": "The round in the field:",

  "survey.invite.title": "Make codes",
  "survey.invite.intro":
    "Each code answers once and is linked to no person. The codes are shown this once only: print the slips or download the CSV file before you leave the page.",
  "survey.invite.closed": "The round is closed: no more codes can be made.",
  "survey.invite.centre": "Centre",
  "survey.invite.team": "Team (optional)",
  "survey.invite.teamHint": "Codes for a team let the team's results be shown once there are enough answers.",
  "survey.invite.noTeam": "The whole centre (no team)",
  "survey.invite.count": "Number of codes",
  "survey.invite.countHint": "Between 1 and {max} at a time.",
  "survey.invite.countError": "Write a whole number of 1 or more.",
  "survey.invite.countMax": "At most {max} codes at a time.",
  "survey.invite.submit": "Make codes",
  "survey.invite.making": "Making codes …",

  "survey.sheet.count.one": "{n} new code",
  "survey.sheet.count.other": "{n} new codes",
  "survey.sheet.once":
    "The codes are shown now only: they are not stored, so they cannot be fetched again. Print the slips or download the CSV file now.",
  "survey.sheet.print": "Print the slips",
  "survey.sheet.csv": "Download CSV for mail merge",
  "survey.sheet.dismiss": "I have saved the codes",
  "survey.sheet.slipTitle": "Questionnaire on your work environment",
  "survey.sheet.scan": "Scan the QR code, or open the link:",
  "survey.sheet.orType": "Or go to {site} and type the code:",
  "survey.sheet.anonymous": "Anonymous: the code is not linked to your name and answers once.",
  "survey.sheet.qrLabel": "QR code of the questionnaire's link",

  "survey.counts.title": "Codes per centre and team",
  "survey.counts.caption": "Codes: made, used, revoked and unused",
  "survey.counts.none": "No centres in the round.",
  "survey.counts.group": "Centre or team",
  "survey.counts.created": "Made",
  "survey.counts.used": "Used",
  "survey.counts.revokedCol": "Revoked",
  "survey.counts.unused": "Unused",
  "survey.counts.actions": "Actions",
  "survey.counts.noTeam": "The whole centre (no team)",
  "survey.counts.revoke": "Revoke unused",
  "survey.counts.revokeLabel.one": "Revoke unused: {n} code for {name}",
  "survey.counts.revokeLabel.other": "Revoke unused: {n} codes for {name}",
  "survey.counts.confirmTitle.one": "Revoke {n} unused code for {name}?",
  "survey.counts.confirmTitle.other": "Revoke {n} unused codes for {name}?",
  "survey.counts.confirmText":
    "A revoked code can no longer be used, and this cannot be undone. Used codes and their answers are not affected.",
  "survey.counts.revoked.one": "{n} code for {name} has been revoked.",
  "survey.counts.revoked.other": "{n} codes for {name} have been revoked.",
  "survey.counts.total.one": "{n} code made in all.",
  "survey.counts.total.other": "{n} codes made in all.",

  "survey.revokeOne.title": "Revoke one code",
  "survey.revokeOne.intro": "Has a slip gone missing? Type its code and it can no longer be used.",
  "survey.revokeOne.code": "The code",
  "survey.revokeOne.empty": "Type the code.",
  "survey.revokeOne.submit": "Revoke the code",
  "survey.revokeOne.done": "The code has been revoked.",
  "survey.revokeOne.none": "No unused code of the centre matched: it is used, revoked or mistyped.",

  "survey.import.heading": "Import answers from another survey tool",
  "survey.import.intro":
    "The file must be CSV (UTF-8, comma or semicolon as Excel saves it) with a header row:",
  "survey.import.columns.centre": "centre: the centre's id or pseudonym (required).",
  "survey.import.columns.optional": "team and panel_code: optional.",
  "survey.import.columns.items":
    "one column per question code holding the option's number (1, 2, 3 …); an empty cell is a missing answer.",
  "survey.import.columns.choice":
    "value-most with the chosen options separated by | (e.g. tasks|salary), and the open questions as text.",
  "survey.import.columns.format": "The same file imported twice does not duplicate answers.",
  "survey.import.template": "Download a template with the headers",
  "survey.import.templateError": "The template could not be loaded. Try again.",
  "survey.import.notNow":
    "Answers can only be imported while the round is open: rows added after the figures were read could give away what colleagues answered.",
  "survey.import.file": "CSV file",
  "survey.import.fileHint": "Up to 25 MB and 50,000 rows.",
  "survey.import.noFile": "Choose a file.",
  "survey.import.partial": "Store the valid rows even if some are rejected",
  "survey.import.partialHint":
    "Without this tick nothing is stored if even one row is rejected: correct the file and import it again. With the tick the valid rows are stored and the rejected ones listed; then import only the corrected rows, not the whole file again.",
  "survey.import.submit": "Import",
  "survey.import.uploading": "Sending …",
  "survey.import.progress": "Sending the file: {percent}%",
  "survey.import.checking": "The file is sent; checking the rows …",
  "survey.import.outcome": "Result of the import",
  "survey.import.imported.one": "{n} response has been imported.",
  "survey.import.imported.other": "{n} responses have been imported.",
  "survey.import.partlyRejected.one":
    "{n} row was rejected and not stored. Correct it and import only the corrected row.",
  "survey.import.partlyRejected.other":
    "{n} rows were rejected and not stored. Correct them and import only the corrected rows.",
  "survey.import.nothingStored.one": "Nothing was stored: {n} row was rejected.",
  "survey.import.nothingStored.other": "Nothing was stored: {n} rows were rejected.",
  "survey.import.fixAll":
    "Correct the rows below and import the whole file again; or choose to store the valid rows.",
  "survey.import.duplicate": "This file was imported before. Nothing was added again.",
  "survey.import.rejectedCaption.one": "Rejected row ({n})",
  "survey.import.rejectedCaption.other": "Rejected rows ({n})",
  "survey.import.moreRejected": "Showing the first {shown} of {total} rejected rows.",
  "survey.import.row": "Row",
  "survey.import.column": "Column",
  "survey.import.message": "Error",
  "survey.import.offline": "The file could not be sent: the server could not be reached. Try again.",
  "survey.import.forbidden": "You cannot import answers into this round.",
  "survey.import.conflict": "The round does not take imports just now.",
  "survey.import.tooLarge": "The file is too large. Split it into smaller files.",
  "survey.import.unreadable": "The file could not be read.",
  "survey.import.failed": "The import failed.",
  "survey.import.error.unknown-column": "Not a column of this round's questionnaire.",
  "survey.import.error.unnamed-column": "A column without a name.",
  "survey.import.error.missing-column": "The column is missing.",
  "survey.import.error.missing-column.centre": "The centre column is missing (the centre's id or pseudonym).",
  "survey.import.error.choices-both-ways":
    "Give the choices either in one column or in one column per option, not both.",
  "survey.import.error.too-many-cells": "More cells ({cells}) than columns ({columns}).",
  "survey.import.error.choice-flag": "Use 1 for chosen, 0 or empty for not.",
  "survey.import.error.unclosed-quote": "A quoted cell is never closed.",
  "survey.import.error.text-after-quote":
    "Text after a closing quote: quote the whole cell and double any quote inside it.",
  "survey.import.error.required.centre": "Empty: give the centre's id or pseudonym.",
  "survey.import.error.unknown": "Not one of the options.",
  "survey.import.error.unknown.centre": "Not a centre of this round that you may import for.",
  "survey.import.error.unknown.team": "Not a team of this centre (give its id, pseudonym or name).",
  "survey.import.error.range": "Give an answer from {min} to {max}.",
  "survey.import.error.too-many": "At most {max} choices.",
  "survey.import.error.format.panel_code": "At least 3 characters.",

  "survey.participation.heading": "Answers so far",
  "survey.participation.intro":
    "Counts only: how many were invited and how many have answered. No results before the round closes.",
  "survey.participation.live": "Updated every 10 seconds while the round is open. Last at {time}.",
  "survey.participation.final": "The round is not open; the figures do not change. Fetched at {time}.",
  "survey.participation.caption": "Participation per centre and team",
  "survey.participation.invited": "Invited",
  "survey.participation.answered": "Answered",
  "survey.participation.rate": "Response rate",
  "survey.participation.total": "Total",
  "survey.participation.note":
    "Invited is the number of codes not revoked. Answered includes imported answers. The response rate is answered out of the headcount, never over 100 %; without a headcount it is unknown.",
  // Separation of duties and no padding: headcounts, the fieldwork audit, slips asked for
  "survey.participation.headcount": "Headcount",
  "survey.participation.unknown": "unknown",
  "survey.participation.unknownLabel": "Rate unknown: no headcount entered",
  "survey.headcount.title": "Headcount",
  "survey.headcount.intro":
    "How many people the centre and each team have in this round. Codes issued plus answers imported never exceed it, so nobody can add answers of their own to a small group. Without a headcount nothing is capped and the response rate is unknown.",
  "survey.headcount.caption": "Headcount per centre and team",
  "survey.headcount.taken": "Places taken",
  "survey.headcount.takenHint": "Codes not revoked plus imported answers.",
  "survey.headcount.none": "not entered",
  "survey.headcount.fieldLabel": "Headcount of {group}",
  "survey.headcount.save": "Save the headcount of {centre}",
  "survey.headcount.saved": "The headcount is saved.",
  "survey.headcount.sheetTitle": "All at once from a spreadsheet",
  "survey.headcount.sheetIntro":
    "Download the round's centres and teams as a spreadsheet, enter the headcounts in the headcount column (from the HR list, say) and load the sheet back. An empty cell means not entered. Nothing is saved until every row reads.",
  "survey.headcount.sheetDownload": "Download spreadsheet (CSV)",
  "survey.headcount.sheetFile": "headcounts.csv",
  "survey.headcount.sheetLoad": "Load the filled-in spreadsheet",
  "survey.headcount.sheetHint":
    "CSV with the columns centre, team and headcount, separated by commas or semicolons.",
  "survey.headcount.sheetSaved.one": "The headcounts are saved from {n} row.",
  "survey.headcount.sheetSaved.other": "The headcounts are saved from {n} rows.",
  "survey.headcount.sheetFailed": "The sheet could not be saved. Try again.",
  "survey.headcount.sheetProblems.one": "Nothing was saved: {n} row needs fixing.",
  "survey.headcount.sheetProblems.other": "Nothing was saved: {n} rows need fixing.",
  "survey.headcount.sheetRow": "Row {row}",
  "survey.headcount.sheet.header-missing": "the first row must have the columns centre, team and headcount",
  "survey.headcount.sheet.row-malformed": "the row cannot be read (check the quotes)",
  "survey.headcount.sheet.unknown-centre": "the centre does not take part in the round",
  "survey.headcount.sheet.unknown-team": "the centre has no such team",
  "survey.headcount.sheet.headcount-invalid": "a headcount is a whole number from 1 to 100,000, or empty",
  "survey.headcount.sheet.duplicate-row": "the centre or team is there already",
  "survey.headcount.sheet.no-rows": "the sheet has no rows below its header",
  "survey.headcount.readOnly":
    "The coordinator enters the headcount under Participation. It is fixed once the round closes.",
  "survey.audit.title": "Audit of codes and imports",
  "survey.audit.intro":
    "Every code issued or revoked, every import, every headcount set and every request for slips, with who and when. The centre's facilitator sees the centre's entries: the coordinator, who holds the codes, is watched too.",
  "survey.audit.caption": "Audit entries, newest first",
  "survey.audit.when": "When",
  "survey.audit.who": "Who",
  "survey.audit.what": "What",
  "survey.audit.group": "Centre / team",
  "survey.audit.none": "Nothing yet.",
  "survey.audit.deleted": "(deleted user)",
  "survey.audit.invitations.create": "Issued {n} codes",
  "survey.audit.invitations.revoke": "Revoked {n} unused codes",
  "survey.audit.invitations.revokeAll": "Revoked all unused codes",
  "survey.audit.responses.import": "Imported {n} answers",
  "survey.audit.headcount.set": "Set the headcount to {n}",
  "survey.audit.headcount.clear": "Cleared the headcount",
  "survey.audit.slips.request": "Asked for {n} slips",
  "survey.slips.title": "Ask the coordinator for slips",
  "survey.slips.intro":
    "Codes are made by the network's coordinator, not by the centre: those who read the centre's figures do not hold its codes. Say how many slips you need; the coordinator sees your request and the audit shows it.",
  "survey.slips.count": "Number of slips",
  "survey.slips.note": "Note to the coordinator (optional)",
  "survey.slips.submit": "Ask for slips",
  "survey.slips.sent": "Your request is sent to the coordinator.",
  "survey.import.coordinatorOnly":
    "Only the network's coordinator imports answers, and only while the round is open. The audit below shows every import into your centre.",
  "survey.problem.coordinator-only": "Only the network's coordinator may do this.",
  "survey.problem.headcount-exceeded":
    "That would take the group over its headcount. Revoke unused codes or correct the headcount first.",
  "survey.problem.round-not-open":
    "The round is not open: codes, imports and headcounts can no longer change.",
  "survey.problem.headcount-below-taken":
    "The headcount cannot be lower than the codes not revoked plus the answers imported.",
  "survey.problem.teams-over-centre": "The teams add up to more than the centre's headcount.",
};
