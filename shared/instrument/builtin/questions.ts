import type { MultipleChoice, OpenQuestion } from "../schema.ts";
import { text } from "./define.ts";

// Option keys match the 2007 AMICA survey (reference/amica-2007.json) so that round-1 demo data and
// later rounds line up option by option.
export const valueMost: MultipleChoice = {
  code: "value-most",
  text: text(
    "Hvad sætter du mest pris på i dit nuværende job? (højst 3 svar)",
    "What do you value most in your current job? (at most 3 answers)",
  ),
  maxChoices: 3,
  options: [
    { key: "influence", label: text("Muligheden for at have indflydelse", "Being able to influence things") },
    { key: "working-hours", label: text("Arbejdstiden", "The working hours") },
    { key: "customer-contact", label: text("Kontakten med kunderne", "Contact with customers") },
    { key: "tasks", label: text("Arbejdsopgaverne", "The tasks themselves") },
    { key: "development", label: text("Mulighederne for at udvikle mig", "Chances to develop") },
    { key: "work-pace", label: text("Tempoet i arbejdet", "The pace of work") },
    { key: "benefits", label: text("Personalegoderne", "Staff benefits") },
    {
      key: "leader-support",
      label: text("Støtten fra min leder eller coach", "Support from my manager or coach"),
    },
    { key: "salary", label: text("Lønnen", "The pay") },
    {
      key: "colleagues",
      label: text("Kollegerne og det sociale miljø", "Colleagues and the social side of work"),
    },
  ],
};

export const openQuestions: OpenQuestion[] = [
  {
    code: "gives-satisfaction",
    text: text("Hvad giver dig glæde ved dit arbejde?", "What gives you satisfaction in your work?"),
  },
  {
    code: "takes-satisfaction",
    text: text("Hvad tager glæden ved dit arbejde?", "What takes away your satisfaction in your work?"),
  },
];
