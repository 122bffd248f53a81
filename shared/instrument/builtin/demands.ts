import { type DomainBlock, scaleItems, text } from "./define.ts";

const scale = (key: string, da: string, en: string) => ({
  key,
  domain: "demands",
  label: text(da, en),
  polarity: "higher-worse" as const,
});

export const demands: DomainBlock = {
  domain: { key: "demands", label: text("Krav i arbejdet", "Demands at work") },
  scales: [
    scale("quantitative-demands", "Kvantitative krav", "Quantitative demands"),
    scale("work-pace", "Arbejdstempo", "Work pace"),
    scale("emotional-demands", "Følelsesmæssige krav", "Emotional demands"),
  ],
  items: [
    ...scaleItems("quantitative-demands", [
      ["qd1", "frequency", "Kommer du bagud med dit arbejde?", "Do you fall behind with your work?"],
      [
        "qd2",
        "frequency",
        "Har du tid nok til dine arbejdsopgaver?",
        "Do you have enough time for your tasks?",
        "reversed",
      ],
      [
        "qd3",
        "frequency",
        "Er det nødvendigt at arbejde over for at nå dine opgaver?",
        "Do you need to work overtime to get your tasks done?",
      ],
      [
        "qd4",
        "extent",
        "Er din arbejdsmængde så ujævnt fordelt, at arbejdet hober sig op?",
        "Is your workload so uneven that work piles up?",
      ],
    ]),
    ...scaleItems("work-pace", [
      ["wp1", "frequency", "Er det nødvendigt at arbejde meget hurtigt?", "Do you have to work very fast?"],
      [
        "wp2",
        "extent",
        "Arbejder du i højt tempo hele dagen?",
        "Do you work at a high pace throughout the day?",
      ],
      [
        "wp3",
        "frequency",
        "Venter der kunder eller opkald i køen, mens du arbejder?",
        "Are customers or calls waiting in the queue while you work?",
      ],
      [
        "wp4",
        "frequency",
        "Kan du tage dig den tid, en kunde har brug for?",
        "Can you take the time a customer needs?",
        "reversed",
      ],
    ]),
    ...scaleItems("emotional-demands", [
      [
        "ed1",
        "frequency",
        "Kommer du i følelsesmæssigt belastende situationer i dit arbejde?",
        "Does your work put you in emotionally draining situations?",
      ],
      [
        "ed2",
        "frequency",
        "Skal du håndtere vrede eller utilfredse kunder?",
        "Do you have to deal with angry or dissatisfied customers?",
      ],
      ["ed3", "extent", "Er dit arbejde følelsesmæssigt krævende?", "Is your work emotionally demanding?"],
      [
        "ed4",
        "frequency",
        "Skal du forholde dig til andre menneskers problemer i dit arbejde?",
        "Do you have to deal with other people's problems in your work?",
      ],
    ]),
  ],
};
