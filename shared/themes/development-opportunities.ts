import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/** Theme 3. The seeds name the theme only; written modestly from general knowledge and the AMICA slides. */
export const developmentOpportunities: Theme = {
  key: "development-opportunities",
  number: 3,
  title: t("Udviklingsmuligheder", "Development opportunities"),
  purpose: t(
    "Til jer, der vil give medarbejderne mulighed for at lære nyt og bruge flere sider af sig selv – så de trives og bliver i jobbet.",
    "For those who want employees to be able to learn new things and use more of themselves at work – so that they thrive and stay in the job.",
  ),
  research: [
    t(
      "Mange medarbejdere i kontaktcentre oplever begrænsede muligheder for udvikling, fordi opgaverne og teknologien styrer arbejdet tæt.",
      "Many contact-centre employees see limited chances to develop, because the tasks and the technology steer the work closely.",
    ),
    t(
      "Muligheden for at lære nyt og bruge sin erfaring hænger sammen med, at arbejdet føles meningsfuldt.",
      "Being able to learn new things and use one's experience goes together with finding the work meaningful.",
    ),
    t(
      "En leder, der taler med medarbejderne om deres udvikling og giver plads til nye idéer, gør en forskel for udviklingsklimaet i hele teamet.",
      "A manager who talks with employees about their development and makes room for new ideas makes a difference to the development climate of the whole team.",
    ),
  ],
  actions: [
    t(
      "Tal med hver medarbejder om, hvad de gerne vil lære, og skriv det ned, så det kan følges op.",
      "Talk with each employee about what they would like to learn, and write it down so that it can be followed up.",
    ),
    t(
      "Fordel særlige roller – superbruger, oplærer, ansvarlig for vidensbasen, anden linje – så flere får afveksling og ansvar.",
      "Hand out special roles – super-user, trainer, owner of the knowledge base, second line – so that more people get variety and responsibility.",
    ),
    t(
      "Lad medarbejderne deltage i projekter om nye opgaver, systemer eller forbedringer af arbejdsgange.",
      "Let employees take part in projects on new tasks, systems or better ways of working.",
    ),
    t(
      "Brug erfaringer fra andre centre i netværket: besøg hinanden, eller lån en god praksis fra biblioteket.",
      "Use what other centres in the network have learnt: visit each other, or borrow a good practice from the library.",
    ),
  ],
  questions: [
    t(
      "Hvad har hver af os lært det seneste år, og hvad vil vi gerne lære det næste?",
      "What has each of us learnt in the past year, and what would we like to learn in the next?",
    ),
    t(
      "Hvem får de særlige opgaver hos os, og hvordan bliver de fordelt?",
      "Who gets the special tasks here, and how are they shared out?",
    ),
    t(
      "Er der tid i vagtplanen til at lære nyt, eller sker det kun, når der er ro på linjerne?",
      "Is there time in the rota to learn new things, or does it only happen when the lines are quiet?",
    ),
    t(
      "Hvordan tager vi imod en medarbejders idé til at gøre tingene bedre?",
      "How do we receive an employee's idea for doing things better?",
    ),
  ],
  examples: [
    example(
      "amica",
      "I et borgerservicecenter i AMICA var »udfordringer via forskellige arbejdsopgaver og projekter« et af de syv udsagn om, hvad der giver arbejdsglæde, som medarbejderne prioriterede i arbejdsglædeseancerne.",
      "In a citizen service centre in AMICA, “challenges through varied tasks and projects” was one of the seven statements on what gives job satisfaction that employees ranked in the job-satisfaction sessions.",
    ),
    example(
      "illustrative",
      "Et center kan lade medarbejdere skiftes til en uge på anden linje eller i et projekt, så flere lærer de svære sager at kende, og viden bliver delt i teamet.",
      "A centre can let employees take turns spending a week on the second line or in a project, so that more of them get to know the difficult cases and knowledge is shared in the team.",
    ),
  ],
  scaleKeys: [
    "development-possibilities",
    "development-leadership",
    "development-climate",
    "meaning-of-work",
  ],
  basis: "general",
  links: [],
};
