import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/** Theme 1. The seeds name the theme only; written modestly from general knowledge. */
export const instructionTraining: Theme = {
  key: "instruction-training",
  number: 1,
  title: t("Instruktion og oplæring", "Instruction and training"),
  purpose: t(
    "Til jer, der vil give nye og erfarne medarbejdere en god start på nye opgaver – så de føler sig sikre og bliver i jobbet.",
    "For those who want new and experienced employees to get a good start on new tasks – so that they feel confident and stay in the job.",
  ),
  research: [
    t(
      "En ny medarbejder i et kontaktcenter skal fra første dag kende mange systemer, regler og typer af henvendelser – og svare, mens kunden venter.",
      "A new employee in a contact centre must know many systems, rules and kinds of enquiry from the first day – and answer while the customer waits.",
    ),
    t(
      "Uklare forventninger til, hvad man skal kunne og hvornår, hænger sammen med lavere rolleklarhed og mere usikkerhed i arbejdet.",
      "Unclear expectations about what you should be able to do, and by when, go with lower role clarity and more uncertainty at work.",
    ),
    t(
      "Støtte fra kolleger og leder i de første måneder er en af de ting, der oftest nævnes, når medarbejdere forklarer, hvorfor de blev.",
      "Support from colleagues and the manager in the first months is among the things most often named when employees explain why they stayed.",
    ),
    t(
      "Nye opgaver og systemer kræver også oplæring af de erfarne: uden den bliver samtalerne længere og presset større.",
      "New tasks and systems need training for experienced staff too: without it calls grow longer and pressure rises.",
    ),
  ],
  actions: [
    t(
      "Lav en plan for de første uger: hvad den nye skal lære hvornår, hvem der er makker, og hvornår man tager de første kald selv.",
      "Make a plan for the first weeks: what the newcomer learns when, who is their buddy, and when they take their first calls alone.",
    ),
    t(
      "Lad nye medarbejdere begynde med de enkleste linjer og lytte med hos en erfaren kollega, før de tager de svære.",
      "Let new employees start on the simplest lines and listen in with an experienced colleague before taking the difficult ones.",
    ),
    t(
      "Sørg for, at alle kan finde svar hurtigt: en fælles, opdateret vidensbase med en ansvarlig for hvert emne.",
      "Make sure everyone can find answers fast: a shared, up-to-date knowledge base with someone responsible for each topic.",
    ),
    t(
      "Planlæg oplæring i god tid før nye opgaver eller systemer tages i brug, og læg den uden for spidsbelastningen.",
      "Plan training well before new tasks or systems go live, and hold it outside the peak hours.",
    ),
  ],
  questions: [
    t(
      "Hvordan ved en ny medarbejder, hvad der forventes af dem efter en uge, en måned og et halvt år?",
      "How does a new employee know what is expected of them after a week, a month and half a year?",
    ),
    t(
      "Hvem kan man spørge, når man sidder med en kunde og ikke kender svaret?",
      "Whom can you ask when you are with a customer and do not know the answer?",
    ),
    t(
      "Får erfarne medarbejdere oplæring, når opgaver, regler eller systemer ændres?",
      "Do experienced employees get training when tasks, rules or systems change?",
    ),
    t(
      "Hvad fortæller de medarbejdere, der er stoppet inden for det første år, om deres start?",
      "What do employees who left within their first year say about their start?",
    ),
  ],
  examples: [
    example(
      "amica",
      "På det første benchmarkseminar i AMICA-netværket bad de andre centre om at høre, hvordan et borgerservicecenter arbejdede med rekruttering og fastholdelse.",
      "At the AMICA network's first benchmark seminar, the other centres asked to hear how a citizen service centre worked on recruitment and retention.",
    ),
    example(
      "illustrative",
      "Et center kan lade nye medarbejdere lytte med hos en fast makker de første uger og tage de enkleste linjer først; makkeren får tid af til det i vagtplanen.",
      "A centre can let new employees listen in with a regular buddy for the first weeks and take the simplest lines first, with time set aside for the buddy in the rota.",
    ),
    example(
      "illustrative",
      "Et center kan samle de hyppigste spørgsmål og svar i en fælles vidensbase, hvor hvert team har en, der holder den opdateret.",
      "A centre can collect the most frequent questions and answers in a shared knowledge base, with one person on each team keeping it up to date.",
    ),
  ],
  scaleKeys: ["role-clarity", "predictability", "support-colleagues", "support-supervisor"],
  basis: "general",
  links: [],
};
