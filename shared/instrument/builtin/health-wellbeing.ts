import { type DomainBlock, scaleItems, text } from "./define.ts";

// All but general health ask about the last four weeks, so each item carries the full question:
// a respondent on a phone sees one item at a time and must not depend on a lead-in shown earlier.
const lastWeeks = (da: string, en: string) =>
  [
    `Hvor ofte har du inden for de sidste fire uger ${da}?`,
    `In the last four weeks, how often have you ${en}?`,
  ] as const;

const strain = (key: string, da: string, en: string) => ({
  key,
  domain: "health-wellbeing",
  label: text(da, en),
  polarity: "higher-worse" as const,
});

export const healthWellbeing: DomainBlock = {
  domain: { key: "health-wellbeing", label: text("Helbred og velbefindende", "Health and well-being") },
  scales: [
    {
      key: "general-health",
      domain: "health-wellbeing",
      label: text("Selvvurderet helbred", "Self-rated health"),
      polarity: "higher-better",
    },
    strain("stress", "Stress", "Stress"),
    strain("sleeping-troubles", "Søvnbesvær", "Sleeping troubles"),
    strain("burnout", "Udbrændthed", "Burnout"),
  ],
  items: [
    ...scaleItems("general-health", [
      [
        "gh1",
        "health",
        "Hvordan vil du vurdere dit helbred alt i alt?",
        "How would you rate your health overall?",
      ],
    ]),
    ...scaleItems("stress", [
      ["st1", "time-share", ...lastWeeks("haft svært ved at slappe af", "found it hard to relax")],
      ["st2", "time-share", ...lastWeeks("været irritabel", "been irritable")],
      ["st3", "time-share", ...lastWeeks("været anspændt", "felt tense")],
      ["st4", "time-share", ...lastWeeks("følt dig stresset", "felt stressed")],
    ]),
    ...scaleItems("sleeping-troubles", [
      ["sl1", "time-share", ...lastWeeks("sovet dårligt og uroligt", "slept badly and restlessly")],
      ["sl2", "time-share", ...lastWeeks("haft svært ved at falde i søvn", "found it hard to fall asleep")],
      [
        "sl3",
        "time-share",
        ...lastWeeks(
          "vågnet for tidligt uden at kunne falde i søvn igen",
          "woken too early and not been able to get back to sleep",
        ),
      ],
      [
        "sl4",
        "time-share",
        ...lastWeeks(
          "vågnet flere gange og haft svært ved at falde i søvn igen",
          "woken several times and found it hard to get back to sleep",
        ),
      ],
    ]),
    ...scaleItems("burnout", [
      ["bo1", "time-share", ...lastWeeks("følt dig udkørt", "felt worn out")],
      ["bo2", "time-share", ...lastWeeks("været fysisk udmattet", "been physically exhausted")],
      ["bo3", "time-share", ...lastWeeks("været følelsesmæssigt udmattet", "been emotionally exhausted")],
      ["bo4", "time-share", ...lastWeeks("følt dig træt", "felt tired")],
    ]),
  ],
};
