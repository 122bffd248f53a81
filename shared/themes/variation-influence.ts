import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/** Theme 2, retold from the guidance sheet "Variation og indflydelse" (seeds/002) and the AMICA slides. */
export const variationInfluence: Theme = {
  key: "variation-influence",
  number: 2,
  title: t("Variation og indflydelse", "Variation and influence"),
  purpose: t(
    "Til jer, der vil give medarbejderne mere indflydelse og variation i arbejdet – så de trives og bliver længere i jobbet.",
    "For those who want to give employees more influence and variety in their work – so that they thrive and stay longer in the job.",
  ),
  research: [
    t(
      "Arbejdet i et kunde- eller kontaktcenter giver i sig selv få muligheder for variation og indflydelse.",
      "Work in a customer or contact centre offers, in itself, few chances for variety and influence.",
    ),
    t(
      "Dagen er ofte planlagt i detaljer, også frokost og pauser ligger på faste tidspunkter.",
      "The day is often planned in detail; lunch and breaks, too, come at fixed times.",
    ),
    t(
      "Indflydelse på små ting kan betyde meget for medarbejderne.",
      "Having a say over small things can mean a great deal to employees.",
    ),
    t(
      "Indflydelse på arbejdstiden har stor betydning for trivsel og helbred.",
      "Influence over working hours matters a lot for well-being and health.",
    ),
    t(
      "At bruge medarbejdernes viden, når der skal besluttes noget om trivsel eller om, hvordan opgaverne løses, er i sig selv en stor anerkendelse.",
      "Drawing on employees' knowledge when deciding about well-being or about how the work is done is in itself strong recognition.",
    ),
  ],
  actions: [
    t(
      "Spørg medarbejderne, hvilke muligheder for variation og indflydelse de ser og gerne vil have – i hverdagen nu og på lidt længere sigt.",
      "Ask employees which chances for variety and influence they see and would like – in everyday work now and further ahead.",
    ),
    t(
      "Overvej, om medarbejderne kan få mere at sige om vagtplanen og om, hvornår de holder pause.",
      "Consider whether employees can have more say over the rota and over when they take their breaks.",
    ),
    t(
      "Lad medarbejderne vælge, hvilke linjer de arbejder på, så vidt det kan lade sig gøre.",
      "Let employees choose which lines they work on, as far as possible.",
    ),
    t(
      "Spørg, hvem der vil være med, når der kommer nye opgaver eller projekter.",
      "Ask who wants to take part when new tasks or projects come along.",
    ),
  ],
  questions: [
    t(
      "Hvilke muligheder har vi for at skabe variation i jobbet inden for de rammer, vi har?",
      "What room do we have to create variety in the job within the limits we work under?",
    ),
    t(
      "Kan medarbejderne selv bestemme, hvornår de holder pause?",
      "Can employees decide for themselves when to take a break?",
    ),
    t("Kan medarbejderne vælge, hvilke linjer de betjener?", "Can employees choose which lines they answer?"),
    t(
      "Hvordan inddrager vi medarbejderne i beslutninger om fx arbejdstid, fordeling af udviklingsopgaver, nye kompetencer eller ansvar for produkter, systemer eller kundegrupper?",
      "How do we involve employees in decisions on, for example, working hours, who gets development tasks, new skills, or responsibility for products, systems or customer groups?",
    ),
    t(
      "Hjælper vi medarbejderne til at komme med forslag til bedre arbejdsgange?",
      "Do we help employees to put forward ideas for better ways of working?",
    ),
  ],
  examples: [
    example(
      "guidance",
      "I et kommunalt kontaktcenter betjener medarbejderne indimellem borgerne ved skranken og tager 1–2 timer om dagen på en fælles telefonlinje, der hjælper borgere fra andre kommuner.",
      "In a municipal contact centre, employees now and then serve citizens at the counter, and spend 1–2 hours a day on a shared phone line that helps citizens from other municipalities.",
    ),
    example(
      "guidance",
      "Samme center spørger altid, hvem der vil være med, når der kommer nye opgaver, og medarbejderne kan arbejde hjemme op til to dage om ugen.",
      "The same centre always asks who wants to join in when new tasks arrive, and employees can work from home up to two days a week.",
    ),
    example(
      "guidance",
      "I en statslig styrelses kundecenter har hvert team to pausemærker. Den, der går til pause, tager et mærke med; medarbejderne bestemmer selv tidspunktet, og der er aldrig mere end to fra teamet på pause ad gangen.",
      "In a state agency's customer centre, each team has two break tokens. Whoever goes on a break takes a token along; employees choose the time themselves, and never more than two from the team are on a break at once.",
    ),
    example(
      "guidance",
      "Samme kundecenter har en byttebørs, hvor medarbejdere på nogenlunde samme niveau kan bytte vagter.",
      "The same customer centre runs a swap board where employees at roughly the same skill level can trade shifts.",
    ),
    example(
      "amica",
      "I et borgerservicecenter i AMICA satte medarbejderne »mulighed for at påvirke egen arbejdsdag« øverst, da de to og to prioriterede de syv udsagn fra arbejdsglædeseancerne; teamene lavede handlingsplaner for de tre øverste.",
      "In a citizen service centre in AMICA, employees put “being able to influence my own working day” first when, two by two, they ranked the seven statements from the job-satisfaction sessions; the teams made action plans for the top three.",
    ),
  ],
  scaleKeys: ["influence", "work-family-conflict", "meaning-of-work", "rewards"],
  basis: "guidance",
  links: [
    {
      title: "Skab muligheder for variation og fleksibilitet i hverdagen",
      url: "https://www.kropogkontor.dk/skab-fleksibilitet",
    },
    {
      title: "Smerter og psykisk arbejdsmiljø hænger sammen",
      url: "https://www.godtpsykiskarbejdsmiljo.dk/smerter-psykisk-arbejdsmiljoe",
    },
  ],
};
