import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/** Theme 6. The seeds name the theme only; written modestly from general knowledge and the AMICA slides. */
export const difficultCalls: Theme = {
  key: "difficult-calls",
  number: 6,
  title: t(
    "Svære kald og ubehagelige kundeoplevelser",
    "Difficult calls and unpleasant customer experiences",
  ),
  purpose: t(
    "Til jer, der vil forebygge og tage hånd om svære samtaler med kunder og borgere – så medarbejderne ikke står alene med dem.",
    "For those who want to prevent difficult conversations with customers and citizens, and deal with them well – so that employees are not left alone with them.",
  ),
  research: [
    t(
      "Medarbejdere i kontaktcentre møder jævnligt vrede, kede af det eller truende kunder – ofte uden at kunne se dem og uden tid mellem samtalerne.",
      "Contact-centre employees regularly meet angry, upset or threatening customers – often without seeing them and with no time between calls.",
    ),
    t(
      "Følelsesmæssige krav hører til arbejdet, men bliver en belastning, hvis man står alene med dem, eller hvis der ikke er tid til at komme sig.",
      "Emotional demands belong to the work, but they become a strain when you are left alone with them or have no time to recover.",
    ),
    t(
      "Støtte fra kolleger og leder lige efter en svær samtale er en af de vigtigste beskyttelser mod, at belastningen hober sig op.",
      "Support from colleagues and the manager right after a difficult call is one of the most important protections against strain building up.",
    ),
    t(
      "Klare regler for, hvad man må gøre – fx afslutte en samtale med en kunde, der truer eller skælder ud – gør det lettere at handle.",
      "Clear rules on what you may do – for instance end a call with a customer who threatens or abuses you – make it easier to act.",
    ),
  ],
  actions: [
    t(
      "Aftal, hvad man gør under og efter en svær samtale: hvornår man må afslutte den, hvem man kan gå til, og at man må tage en pause bagefter.",
      "Agree what to do during and after a difficult call: when you may end it, whom you can turn to, and that you may take a break afterwards.",
    ),
    t(
      "Tilbyd kurser og værktøjer i at håndtere svære samtaler, vold og trusler – også for nye medarbejdere.",
      "Offer courses and tools for handling difficult calls, violence and threats – for new employees too.",
    ),
    t(
      "Registrér alvorlige hændelser og følg op på dem, så mønstre bliver synlige.",
      "Record serious incidents and follow them up, so that patterns become visible.",
    ),
    t(
      "Tal i teamet om, hvordan man hjælper en kollega, der ikke er helt på toppen.",
      "Talk in the team about how to help a colleague who is not at their best.",
    ),
  ],
  questions: [
    t(
      "Ved alle, hvad de må gøre, hvis en kunde truer eller skælder ud?",
      "Does everyone know what they may do if a customer threatens or abuses them?",
    ),
    t(
      "Hvem taler man med efter en svær samtale, og er der tid til det?",
      "Whom do you talk to after a difficult call, and is there time for it?",
    ),
    t(
      "Opdager vi det, når en kollega har haft mange svære samtaler i træk?",
      "Do we notice when a colleague has had many difficult calls in a row?",
    ),
    t(
      "Hvilke typer henvendelser ender oftest i svære samtaler, og kan noget ændres før samtalen?",
      "Which kinds of enquiry most often end in difficult calls, and can something change before the call?",
    ),
  ],
  examples: [
    example(
      "amica",
      "Et borgerservicecenter i AMICA arbejdede med vold og trusler gennem et kursus og værktøjer til svære situationer og drøftede i teamene, hvordan man hjælper en kollega, der ikke er på toppen.",
      "A citizen service centre in AMICA worked on violence and threats through a course and tools for difficult situations, and discussed in the teams how to help a colleague who is not at their best.",
    ),
    example(
      "illustrative",
      "Et center kan lade en medarbejder markere sig som »på pause« i fem minutter efter en svær samtale uden at skulle spørge, og teamlederen tager en kort snak samme dag.",
      "A centre can let an employee set themselves “on a break” for five minutes after a difficult call without asking, with the team leader having a short talk with them the same day.",
    ),
  ],
  scaleKeys: ["emotional-demands", "support-colleagues", "support-supervisor", "burnout"],
  basis: "general",
  links: [],
};
