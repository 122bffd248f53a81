import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/** Theme 8. The seeds name the theme only; written modestly from general knowledge and sheet 003's example. */
export const technology: Theme = {
  key: "technology",
  number: 8,
  title: t("Teknologi", "Technology"),
  purpose: t(
    "Til jer, der vil have systemer og teknik, der hjælper medarbejderne i stedet for at stresse dem.",
    "For those who want systems and technology that help employees rather than stress them.",
  ),
  research: [
    t(
      "Telefonsystem, kø-styring og fagsystemer former arbejdet i et kontaktcenter og er en af grundene til, at mange oplever begrænset indflydelse og variation.",
      "The phone system, queue management and case systems shape the work in a contact centre, and are one reason why many find they have limited influence and variety.",
    ),
    t(
      "Langsomme, ustabile eller mange forskellige systemer forlænger samtalerne og øger tidspresset, mens kunden venter.",
      "Slow, unstable or numerous systems lengthen calls and add to time pressure while the customer waits.",
    ),
    t(
      "Nye systemer, der indføres uden oplæring eller midt i en travl periode, skaber usikkerhed og ekstra pres.",
      "New systems brought in without training, or in the middle of a busy period, create uncertainty and extra pressure.",
    ),
    t(
      "Når selvbetjening tager de enkle henvendelser, bliver de tilbageværende samtaler ofte sværere.",
      "When self-service takes the simple enquiries, the calls that remain are often harder.",
    ),
  ],
  actions: [
    t(
      "Inddrag medarbejderne, når systemer vælges eller ændres, og lad dem teste før udrulning.",
      "Involve employees when systems are chosen or changed, and let them test before roll-out.",
    ),
    t(
      "Aftal med resten af organisationen, at nye systemer og kampagner ikke rulles ud i spidsbelastningsperioder.",
      "Agree with the rest of the organisation that new systems and campaigns are not rolled out at peak times.",
    ),
    t(
      "Hav en fast vej til at melde fejl og besværlige arbejdsgange i systemerne – og fortæl, hvad der sker med meldingerne.",
      "Have a set way to report faults and awkward workflows in the systems – and say what happens to the reports.",
    ),
  ],
  questions: [
    t(
      "Hvilke systemer koster os mest tid i samtalerne, og hvem kan gøre noget ved det?",
      "Which systems cost us most time in calls, and who can do something about it?",
    ),
    t(
      "Bliver vi spurgt, før et nyt system eller en ændring tages i brug?",
      "Are we asked before a new system or a change comes into use?",
    ),
    t(
      "Får alle oplæring, før et nyt system tages i brug?",
      "Does everyone get training before a new system is used?",
    ),
    t(
      "Hvad betyder selvbetjeningen for de samtaler, vi har tilbage?",
      "What does self-service mean for the calls we are left with?",
    ),
  ],
  examples: [
    example(
      "guidance",
      "En statslig styrelses kundecenter har indflydelse på, hvornår kampagner og nye systemer rulles ud, så det så vidt muligt ikke falder sammen med spidsbelastningsperioder.",
      "A state agency's customer centre has a say in when campaigns and new systems are rolled out, so that as far as possible this does not coincide with peak periods.",
    ),
    example(
      "guidance",
      "I et kommunalt kontaktcenter kan medarbejderne slå visningen af køen fra på deres egen skærm, når de tager opkald på en fælles linje.",
      "In a municipal contact centre employees can switch off the queue display on their own screen when they take calls on a shared line.",
    ),
    example(
      "illustrative",
      "Et center kan udpege en superbruger i hvert team, der samler fejl og ønsker til systemerne og tager dem med til et fast møde med it-afdelingen.",
      "A centre can name a super-user in each team who collects faults and wishes for the systems and brings them to a regular meeting with the IT department.",
    ),
  ],
  scaleKeys: ["influence", "predictability", "quantitative-demands"],
  basis: "general",
  links: [],
};
