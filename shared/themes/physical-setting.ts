import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/** Theme 9. The seeds name the theme only; written modestly from general knowledge, sheets 001–002 and the AMICA slides. */
export const physicalSetting: Theme = {
  key: "physical-setting",
  number: 9,
  title: t("Fysiske rammer, ergonomi og hjemmearbejde", "Physical setting, ergonomics and home working"),
  purpose: t(
    "Til jer, der vil have gode fysiske rammer – i storrumskontoret og derhjemme – så kroppen og samarbejdet har det godt.",
    "For those who want good physical surroundings – in the open-plan office and at home – so that both body and cooperation stay well.",
  ),
  research: [
    t(
      "Kontaktcentre ligger typisk i storrumskontorer med de kendte problemer: støj, forstyrrelser og lidt plads til fordybelse.",
      "Contact centres are usually open-plan offices, with the familiar problems: noise, interruptions and little room to concentrate.",
    ),
    t(
      "Mange timer med headset og skærm i samme stilling belaster kroppen, og smerter og psykisk arbejdsmiljø hænger sammen.",
      "Many hours with a headset and screen in the same position strain the body, and pain and the psychosocial work environment go together.",
    ),
    t(
      "Muligheden for at arbejde hjemme er blevet større og er populær hos mange medarbejdere.",
      "The chance to work from home has grown and is popular with many employees.",
    ),
    t(
      "Hjemmearbejde kræver en god arbejdsplads derhjemme og en bevidst indsats for, at kontakten til kolleger og leder ikke går tabt.",
      "Home working needs a good workplace at home and a deliberate effort so that contact with colleagues and the manager is not lost.",
    ),
  ],
  actions: [
    t(
      "Gå rummet igennem sammen med medarbejderne: støj, lys, luft, hæve-sænkeborde, headsets og steder til pauser og svære samtaler.",
      "Walk through the room together with employees: noise, light, air, sit-stand desks, headsets, and places for breaks and difficult calls.",
    ),
    t(
      "Sørg for, at man kan skifte stilling og komme væk fra skærmen i løbet af dagen.",
      "Make sure people can change position and get away from the screen during the day.",
    ),
    t(
      "Aftal rammer for hjemmearbejde: udstyr, hvordan man får hjælp undervejs, og hvordan teamet holder kontakten.",
      "Agree the terms of home working: equipment, how to get help during the day, and how the team keeps in touch.",
    ),
  ],
  questions: [
    t(
      "Hvad forstyrrer os mest i rummet, og hvad kan ændres?",
      "What disturbs us most in the room, and what can be changed?",
    ),
    t(
      "Har alle et headset og en arbejdsstilling, der passer til dem – også derhjemme?",
      "Does everyone have a headset and a working position that suits them – at home too?",
    ),
    t(
      "Hvordan får en kollega, der arbejder hjemme, hjælp efter en svær samtale?",
      "How does a colleague working from home get support after a difficult call?",
    ),
    t(
      "Hvordan holder vi fællesskabet i teamet, når nogle er hjemme og andre på kontoret?",
      "How do we keep the team together when some are at home and others in the office?",
    ),
  ],
  examples: [
    example(
      "guidance",
      "I et kommunalt kontaktcenter kan medarbejderne arbejde hjemme op til to dage om ugen, både med kommunens egne opkald og med opkald på en fælles linje for flere kommuner.",
      "In a municipal contact centre employees can work from home up to two days a week, both on the municipality's own calls and on a line shared by several municipalities.",
    ),
    example(
      "amica",
      "Et borgerservicecenter i AMICA nævnte støj blandt årsagerne til stress i sin stresspolitik.",
      "A citizen service centre in AMICA named noise among the causes of stress in its stress policy.",
    ),
    example(
      "illustrative",
      "Et center kan indrette et lille stillerum, hvor man kan tage en svær samtale eller trække vejret bagefter.",
      "A centre can set up a small quiet room where you can take a difficult call or catch your breath afterwards.",
    ),
  ],
  scaleKeys: ["general-health", "social-community", "work-family-conflict"],
  basis: "general",
  links: [
    {
      title: "Smerter og psykisk arbejdsmiljø hænger sammen",
      url: "https://www.godtpsykiskarbejdsmiljo.dk/smerter-psykisk-arbejdsmiljoe",
    },
  ],
};
