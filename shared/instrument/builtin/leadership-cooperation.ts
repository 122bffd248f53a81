import { type DomainBlock, scaleItems, text } from "./define.ts";

const scale = (key: string, da: string, en: string) => ({
  key,
  domain: "leadership-cooperation",
  label: text(da, en),
  polarity: "higher-better" as const,
});

export const leadershipCooperation: DomainBlock = {
  domain: {
    key: "leadership-cooperation",
    label: text("Ledelse og samarbejde", "Leadership and cooperation"),
  },
  scales: [
    scale("predictability", "Forudsigelighed (information)", "Predictability (information)"),
    scale("rewards", "Belønning", "Rewards (recognition)"),
    scale("role-clarity", "Rolleklarhed", "Role clarity"),
    scale("quality-of-leadership", "Ledelseskvalitet", "Quality of leadership"),
    scale("development-leadership", "Udviklingsledelse", "Development-oriented leadership"),
    scale("development-climate", "Udviklingsklima", "Development climate"),
    scale(
      "support-supervisor",
      "Social støtte og feedback fra nærmeste leder",
      "Social support and feedback from your immediate manager",
    ),
    scale(
      "support-colleagues",
      "Social støtte og feedback fra kolleger",
      "Social support and feedback from colleagues",
    ),
    scale("social-community", "Socialt fællesskab i arbejdet", "Social community at work"),
  ],
  items: [
    ...scaleItems("predictability", [
      [
        "pr1",
        "extent",
        "Får du i god tid besked om vigtige beslutninger og ændringer på din arbejdsplads?",
        "Are you told in good time about important decisions and changes at your workplace?",
      ],
      [
        "pr2",
        "extent",
        "Får du den information, du har brug for til at gøre dit arbejde godt?",
        "Do you get the information you need to do your work well?",
      ],
      [
        "pr3",
        "frequency",
        "Bliver du overrasket af ændringer, som ingen har fortalt dig om?",
        "Are you caught out by changes that nobody told you about?",
        "reversed",
      ],
    ]),
    ...scaleItems("rewards", [
      [
        "rw1",
        "extent",
        "Bliver dit arbejde anerkendt af ledelsen?",
        "Does management recognise the work you do?",
      ],
      [
        "rw2",
        "extent",
        "Bliver du behandlet retfærdigt på din arbejdsplads?",
        "Are you treated fairly at your workplace?",
      ],
      [
        "rw3",
        "extent",
        "Oplever du, at din indsats bliver værdsat?",
        "Do you feel that your efforts are valued?",
      ],
    ]),
    ...scaleItems("role-clarity", [
      ["rc1", "extent", "Er der klare mål for dit arbejde?", "Does your work have clear goals?"],
      [
        "rc2",
        "extent",
        "Ved du præcist, hvad du har ansvaret for?",
        "Do you know exactly what you are responsible for?",
      ],
      [
        "rc3",
        "extent",
        "Ved du, hvad der forventes af dig i arbejdet?",
        "Do you know what is expected of you at work?",
      ],
    ]),
    ...scaleItems("quality-of-leadership", [
      [
        "ql1",
        "extent",
        "Sørger din nærmeste leder for, at medarbejderne kan udvikle sig?",
        "Does your immediate manager make sure that staff can develop?",
      ],
      [
        "ql2",
        "extent",
        "Giver din nærmeste leder høj prioritet til, at folk trives i arbejdet?",
        "Does your immediate manager give priority to people's well-being at work?",
      ],
      [
        "ql3",
        "extent",
        "Er din nærmeste leder god til at planlægge arbejdet?",
        "Is your immediate manager good at planning the work?",
      ],
      [
        "ql4",
        "extent",
        "Er din nærmeste leder god til at håndtere konflikter?",
        "Is your immediate manager good at handling conflicts?",
      ],
    ]),
    ...scaleItems("development-leadership", [
      [
        "dl1",
        "extent",
        "Opfordrer din leder medarbejderne til at komme med nye ideer?",
        "Does your manager encourage staff to put forward new ideas?",
      ],
      [
        "dl2",
        "extent",
        "Giver din leder plads til, at I selv finder bedre måder at løse opgaverne på?",
        "Does your manager leave room for you to find better ways of doing the work?",
      ],
      [
        "dl3",
        "extent",
        "Taler din leder med dig om, hvordan du kan udvikle dig i jobbet?",
        "Does your manager talk with you about how you can grow in your job?",
      ],
      [
        "dl4",
        "extent",
        "Bakker din leder op om forandringer, som medarbejderne foreslår?",
        "Does your manager back changes that staff propose?",
      ],
    ]),
    ...scaleItems("development-climate", [
      [
        "dc1",
        "extent",
        "Bliver nye ideer taget godt imod på din arbejdsplads?",
        "Are new ideas welcomed at your workplace?",
      ],
      [
        "dc2",
        "extent",
        "Er der tid og rum til at lære nyt i hverdagen?",
        "Is there time and room to learn new things day to day?",
      ],
      [
        "dc3",
        "frequency",
        "Deler I erfaringer med hinanden om, hvordan arbejdet kan gøres bedre?",
        "Do you share experience with each other on how the work could be done better?",
      ],
      [
        "dc4",
        "frequency",
        "Bliver forslag til forbedringer afvist, uden at de bliver overvejet?",
        "Are suggestions for improvement turned down without being considered?",
        "reversed",
      ],
    ]),
    ...scaleItems("support-supervisor", [
      [
        "ss1",
        "frequency",
        "Hvor ofte kan du få hjælp og støtte fra din nærmeste leder, når du har brug for det?",
        "How often can you get help and support from your immediate manager when you need it?",
      ],
      [
        "ss2",
        "frequency",
        "Hvor ofte vil din nærmeste leder lytte til dine problemer i arbejdet?",
        "How often is your immediate manager willing to listen to your problems at work?",
      ],
      [
        "ss3",
        "frequency",
        "Hvor ofte taler din nærmeste leder med dig om, hvor godt du klarer dit arbejde?",
        "How often does your immediate manager talk with you about how well you do your work?",
      ],
      [
        "ss4",
        "frequency",
        "Hvor ofte får du ros af din nærmeste leder, når du har gjort noget godt?",
        "How often does your immediate manager give you credit when you have done something well?",
      ],
    ]),
    ...scaleItems("support-colleagues", [
      [
        "sc1",
        "frequency",
        "Hvor ofte kan du få hjælp og støtte fra dine kolleger, når du har brug for det?",
        "How often can you get help and support from your colleagues when you need it?",
      ],
      [
        "sc2",
        "frequency",
        "Hvor ofte vil dine kolleger lytte til dine problemer i arbejdet?",
        "How often are your colleagues willing to listen to your problems at work?",
      ],
      [
        "sc3",
        "frequency",
        "Hvor ofte taler dine kolleger med dig om, hvor godt du klarer dit arbejde?",
        "How often do your colleagues talk with you about how well you do your work?",
      ],
      [
        "sc4",
        "frequency",
        "Hvor ofte giver dine kolleger dig en hånd med, når der er travlt?",
        "How often do your colleagues lend you a hand when things get busy?",
      ],
    ]),
    ...scaleItems("social-community", [
      [
        "sy1",
        "frequency",
        "Er der god stemning mellem dig og dine kolleger?",
        "Is there a good atmosphere between you and your colleagues?",
      ],
      [
        "sy2",
        "frequency",
        "Er der et godt samarbejde mellem kollegerne på din arbejdsplads?",
        "Is there good cooperation between colleagues at your workplace?",
      ],
      [
        "sy3",
        "frequency",
        "Føler du dig som en del af et fællesskab på din arbejdsplads?",
        "Do you feel part of a community at your workplace?",
      ],
    ]),
  ],
};
