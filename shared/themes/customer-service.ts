import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/** Theme 7. The seeds name the theme only; written modestly from general knowledge and the AMICA slides. */
export const customerService: Theme = {
  key: "customer-service",
  number: 7,
  title: t("Kundeservice", "Customer service"),
  purpose: t(
    "Til jer, der vil give god service og samtidig passe på medarbejderne – så glæden ved at hjælpe ikke slides op.",
    "For those who want to give good service while looking after employees – so that the joy of helping does not wear out.",
  ),
  research: [
    t(
      "Medarbejdere i offentlige kunde- og kontaktcentre er glade for at kunne hjælpe de borgere og virksomheder, der henvender sig.",
      "Employees in public customer and contact centres are glad to be able to help the citizens and businesses who contact them.",
    ),
    t(
      "Når kravet om hurtighed og ønsket om at give god service trækker hver sin vej, oplever mange det som en belastning.",
      "When the demand for speed and the wish to give good service pull in different directions, many find it a strain.",
    ),
    t(
      "Klare fælles forventninger til, hvad god service er, gør det lettere at prioritere i den enkelte samtale.",
      "Clear shared expectations of what good service means make it easier to set priorities in each call.",
    ),
    t(
      "Meget af det, der skaber henvendelser, bestemmes uden for centret – i breve, regler og selvbetjeningsløsninger.",
      "Much of what causes contacts is decided outside the centre – in letters, rules and self-service solutions.",
    ),
  ],
  actions: [
    t(
      "Formulér sammen, hvad god service er hos jer, og hvad man må gøre for at give den.",
      "Put into words together what good service means for you, and what you may do to give it.",
    ),
    t(
      "Del ros og tilbagemeldinger fra kunder i teamet, ikke kun klager.",
      "Share praise and feedback from customers in the team, not only complaints.",
    ),
    t(
      "Giv de hyppigste årsager til henvendelser videre til dem, der skriver brevene og bygger selvbetjeningen.",
      "Pass the most frequent reasons for contact on to those who write the letters and build the self-service.",
    ),
  ],
  questions: [
    t(
      "Hvad er god service hos os – og er vi enige om det?",
      "What is good service here – and do we agree about it?",
    ),
    t(
      "Hvornår står kravet om hurtighed i vejen for den service, vi gerne vil give?",
      "When does the demand for speed get in the way of the service we want to give?",
    ),
    t(
      "Hører medarbejderne om det, når en kunde har fået god hjælp?",
      "Do employees hear about it when a customer has been helped well?",
    ),
    t(
      "Hvilke henvendelser kunne være undgået, og hvem i organisationen skal vide det?",
      "Which contacts could have been avoided, and who in the organisation needs to know?",
    ),
  ],
  examples: [
    example(
      "amica",
      "På det første benchmarkseminar i AMICA-netværket bad de andre centre et borgerservicecenter om at fortælle om dets kodeks for god borgerservice – hvordan man agerer i hverdagen – og om dets ledelsesgrundlag.",
      "At the AMICA network's first benchmark seminar, the other centres asked a citizen service centre to tell them about its code of good citizen service – how staff act day to day – and about its code of leadership.",
    ),
    example(
      "illustrative",
      "Et center kan samle tilbagemeldinger fra kunderne en gang om ugen og læse de bedste op på teammødet, sammen med én ting, der skal gives videre til resten af organisationen.",
      "A centre can gather customer feedback once a week and read out the best at the team meeting, together with one thing to pass on to the rest of the organisation.",
    ),
  ],
  scaleKeys: ["meaning-of-work", "role-clarity", "emotional-demands"],
  basis: "general",
  links: [],
};
