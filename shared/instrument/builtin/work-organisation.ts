import { type DomainBlock, scaleItems, text } from "./define.ts";

const scale = (key: string, da: string, en: string) => ({
  key,
  domain: "work-organisation",
  label: text(da, en),
  polarity: "higher-better" as const,
});

export const workOrganisation: DomainBlock = {
  domain: {
    key: "work-organisation",
    label: text("Arbejdets organisering og indhold", "Work organisation and job content"),
  },
  scales: [
    scale("influence", "Indflydelse i arbejdet", "Influence at work"),
    scale("development-possibilities", "Udviklingsmuligheder i arbejdet", "Possibilities for development"),
    scale("meaning-of-work", "Mening i arbejdet", "Meaning of work"),
  ],
  items: [
    ...scaleItems("influence", [
      [
        "in1",
        "frequency",
        "Har du stor indflydelse på beslutninger om dit arbejde?",
        "Do you have a large say in decisions about your work?",
      ],
      [
        "in2",
        "frequency",
        "Har du indflydelse på, hvor meget arbejde du får?",
        "Do you have a say in how much work you are given?",
      ],
      [
        "in3",
        "frequency",
        "Har du indflydelse på, hvordan du udfører dit arbejde?",
        "Do you have a say in how you do your work?",
      ],
      [
        "in4",
        "frequency",
        "Kan du selv bestemme, hvornår du holder en pause?",
        "Can you decide for yourself when to take a break?",
      ],
      [
        "in5",
        "frequency",
        "Har du indflydelse på, hvem du arbejder sammen med?",
        "Do you have a say in whom you work with?",
      ],
    ]),
    ...scaleItems("development-possibilities", [
      [
        "dp1",
        "extent",
        "Lærer du nye ting gennem dit arbejde?",
        "Do you learn new things through your work?",
      ],
      [
        "dp2",
        "extent",
        "Kan du bruge dine evner og din faglighed i arbejdet?",
        "Can you use your skills and know-how in your work?",
      ],
      [
        "dp3",
        "extent",
        "Giver dit arbejde mulighed for at tage initiativ?",
        "Does your work give you room to take the initiative?",
      ],
      ["dp4", "extent", "Er dit arbejde ensformigt?", "Is your work monotonous?", "reversed"],
    ]),
    ...scaleItems("meaning-of-work", [
      ["mw1", "extent", "Giver dit arbejde mening for dig?", "Is your work meaningful to you?"],
      [
        "mw2",
        "extent",
        "Føler du, at det arbejde, du gør, er vigtigt?",
        "Do you feel that the work you do is important?",
      ],
      [
        "mw3",
        "extent",
        "Føler du dig motiveret og engageret i dit arbejde?",
        "Do you feel motivated and involved in your work?",
      ],
    ]),
  ],
};
