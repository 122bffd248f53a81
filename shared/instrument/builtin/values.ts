import { type DomainBlock, scaleItems, text } from "./define.ts";

const scale = (key: string, da: string, en: string) => ({
  key,
  domain: "values",
  label: text(da, en),
  polarity: "higher-better" as const,
});

export const values: DomainBlock = {
  domain: { key: "values", label: text("Værdier", "Values at the workplace") },
  scales: [
    scale(
      "trust-management",
      "Tillid og troværdighed mellem ledelse og medarbejdere",
      "Trust between management and employees",
    ),
    scale("trust-employees", "Tillid og troværdighed mellem de ansatte", "Trust between employees"),
    scale("justice-respect", "Retfærdighed og respekt", "Justice and respect"),
  ],
  items: [
    ...scaleItems("trust-management", [
      [
        "tm1",
        "extent",
        "Stoler ledelsen på, at medarbejderne gør deres arbejde godt?",
        "Does management trust staff to do their work well?",
      ],
      [
        "tm2",
        "extent",
        "Kan medarbejderne stole på de oplysninger, der kommer fra ledelsen?",
        "Can staff rely on the information that comes from management?",
      ],
      [
        "tm3",
        "extent",
        "Holder ledelsen vigtige oplysninger tilbage fra medarbejderne?",
        "Does management keep important information from staff?",
        "reversed",
      ],
      [
        "tm4",
        "extent",
        "Kan medarbejderne sige deres mening til ledelsen uden at frygte følgerne?",
        "Can staff speak their minds to management without fear of the consequences?",
      ],
    ]),
    ...scaleItems("trust-employees", [
      [
        "te1",
        "extent",
        "Holder medarbejderne oplysninger tilbage fra hinanden?",
        "Do staff keep information from each other?",
        "reversed",
      ],
      [
        "te2",
        "extent",
        "Holder medarbejderne oplysninger tilbage fra ledelsen?",
        "Do staff keep information from management?",
        "reversed",
      ],
      ["te3", "extent", "Stoler medarbejderne generelt på hinanden?", "Do staff generally trust each other?"],
      [
        "te4",
        "extent",
        "Kan man regne med, at kolleger holder, hvad de lover?",
        "Can you count on colleagues to keep their word?",
      ],
    ]),
    ...scaleItems("justice-respect", [
      [
        "jr1",
        "extent",
        "Bliver konflikter løst på en retfærdig måde?",
        "Are conflicts settled in a fair way?",
      ],
      [
        "jr2",
        "extent",
        "Får medarbejderne anerkendelse, når de gør et godt stykke arbejde?",
        "Are staff given recognition when they do a good job?",
      ],
      [
        "jr3",
        "extent",
        "Tager ledelsen medarbejdernes forslag alvorligt?",
        "Does management take suggestions from staff seriously?",
      ],
      ["jr4", "extent", "Bliver arbejdsopgaverne fordelt retfærdigt?", "Is the work shared out fairly?"],
    ]),
  ],
};
