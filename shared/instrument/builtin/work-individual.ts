import { type DomainBlock, scaleItems, text } from "./define.ts";

export const workIndividual: DomainBlock = {
  domain: { key: "work-individual", label: text("Arbejde og privatliv", "Work and private life") },
  scales: [
    {
      key: "job-satisfaction",
      domain: "work-individual",
      label: text("Jobtilfredshed", "Job satisfaction"),
      polarity: "higher-better",
    },
    {
      key: "work-family-conflict",
      domain: "work-individual",
      label: text("Konflikt mellem arbejde og privatliv", "Work–family conflict"),
      polarity: "higher-worse",
    },
  ],
  items: [
    ...scaleItems("job-satisfaction", [
      [
        "js1",
        "satisfaction",
        "Hvor tilfreds er du med dine fremtidsudsigter i arbejdet?",
        "How satisfied are you with your prospects at work?",
      ],
      [
        "js2",
        "satisfaction",
        "Hvor tilfreds er du med de fysiske forhold på din arbejdsplads?",
        "How satisfied are you with the physical conditions at your workplace?",
      ],
      [
        "js3",
        "satisfaction",
        "Hvor tilfreds er du med den måde, dine evner bliver brugt på?",
        "How satisfied are you with the way your abilities are used?",
      ],
      [
        "js4",
        "satisfaction",
        "Alt taget i betragtning: hvor tilfreds er du med dit job som helhed?",
        "All things considered, how satisfied are you with your job as a whole?",
      ],
    ]),
    ...scaleItems("work-family-conflict", [
      [
        "wf1",
        "extent",
        "Tager dit arbejde så meget af din energi, at det går ud over privatlivet?",
        "Does your work drain so much of your energy that your private life suffers?",
      ],
      [
        "wf2",
        "extent",
        "Tager dit arbejde så meget af din tid, at det går ud over privatlivet?",
        "Does your work take so much of your time that your private life suffers?",
      ],
      [
        "wf3",
        "extent",
        "Siger din familie eller dine venner, at du arbejder for meget?",
        "Do your family or friends tell you that you work too much?",
      ],
      [
        "wf4",
        "extent",
        "Har du svært ved at koble af fra arbejdet i din fritid?",
        "Do you find it hard to switch off from work in your free time?",
      ],
    ]),
  ],
};
