import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/** Theme 4, retold from the guidance sheet "Tidspres" (seeds/003) and the AMICA slides. */
export const timePressure: Theme = {
  key: "time-pressure",
  number: 4,
  title: t("Tidspres", "Time pressure"),
  purpose: t(
    "Til jer, der vil sikre, at medarbejderne ikke belastes af et stort tidspres – så de trives og bliver længere i jobbet.",
    "For those who want to make sure employees are not worn down by heavy time pressure – so that they thrive and stay longer in the job.",
  ),
  research: [
    t(
      "Kunde- og kontaktcentre har stort fokus på at håndtere henvendelser effektivt, dvs. med så kort samtaletid som muligt (AHT).",
      "Customer and contact centres focus strongly on handling contacts efficiently, that is, with the shortest possible handling time (AHT).",
    ),
    t(
      "Mange medarbejdere oplever tidspresset som en stor belastning.",
      "Many employees find the time pressure a heavy strain.",
    ),
    t(
      "Mange steder kan man hele tiden se, hvor mange der venter i kø. Nogle bliver motiveret af det, andre bliver stressede.",
      "In many centres the number waiting in the queue is always on view. Some employees find it motivating, others find it stressful.",
    ),
    t(
      "Er køen langt større, end de medarbejdere, der er på, realistisk kan nå, virker den demotiverende for de fleste.",
      "When the queue is far longer than the staff on duty can realistically handle, it demotivates most of them.",
    ),
    t(
      "Lang ventetid gør ofte samtalen længere, fordi kunden først skal falde til ro, før problemet kan løses.",
      "A long wait often makes the call longer, because the customer first has to calm down before the problem can be dealt with.",
    ),
    t(
      "Man skal kunne restituere i løbet af dagen for at arbejde effektivt og give god service.",
      "People need to recover during the day to work effectively and give good service.",
    ),
  ],
  actions: [
    t(
      "Undersøg, om det motiverer eller belaster de fleste medarbejdere, at antallet i kø eller ventetiden hele tiden står på en storskærm.",
      "Find out whether showing the queue or the waiting time on a big screen all the time motivates or strains most of your employees.",
    ),
    t(
      "Overvej, om det fastsatte serviceniveau (fx 80 % af kaldene besvaret inden for 60 sekunder) er realistisk med det antal medarbejdere, der er på telefonerne.",
      "Consider whether the service level you have set (for example 80% of calls answered within 60 seconds) is realistic with the number of staff on the phones.",
    ),
    t(
      "Sørg for, at medarbejderne kan tage små pauser i løbet af dagen – også ud over de planlagte.",
      "Make sure employees can take short breaks during the day – also beyond the scheduled ones.",
    ),
    t(
      "Giv viden om de hyppigste spørgsmål og om problemer med selvbetjening videre til dem i organisationen, der kan fjerne årsagen.",
      "Pass what you learn about the most frequent questions and about self-service problems on to those in the organisation who can remove the cause.",
    ),
  ],
  questions: [
    t(
      "Hvordan oplever medarbejderne balancen mellem antallet af henvendelser og den service, de forventes at give?",
      "How do employees see the balance between the number of contacts and the service they are expected to give?",
    ),
    t(
      "Hvor vigtigt er det for os, at man kan se, hvor mange der venter, eller hvor længe de har ventet?",
      "How important is it to us that people can see how many are waiting, or how long they have waited?",
    ),
    t(
      "Er der mulighed for at restituere og holde pauser i løbet af dagen?",
      "Is there a chance to recover and take breaks during the day?",
    ),
    t(
      "Hvad kan vi på lidt længere sigt gøre for at påvirke, hvor mange der henvender sig?",
      "What can we do, further ahead, to influence how many people contact us?",
    ),
    t(
      "Kan vores erfaringer – fx om de hyppigste spørgsmål eller problemer med selvbetjening – bringes videre til andre i organisationen, så servicen bliver bedre uden om kundecentret?",
      "Can what we learn – about the most frequent questions or self-service problems, say – reach others in the organisation, so that service improves without going through the centre?",
    ),
  ],
  examples: [
    example(
      "guidance",
      "I et kommunalt kontaktcenter kan en medarbejder, der ser få kolleger på linjen og mange i kø, sende en besked til sin leder, som prøver at finde nogen, der kan hjælpe.",
      "In a municipal contact centre, an employee who sees few colleagues on the line and many waiting can message their manager, who tries to find someone to help.",
    ),
    example(
      "guidance",
      "Samme center viser ikke køen på storskærme, medarbejderne kan slå køvisningen fra på deres egen skærm, og de kan tage en pause på fem minutter, når de har brug for det – også selv om det kan være svært i travle perioder.",
      "The same centre does not show the queue on big screens, employees can switch the queue display off on their own screen, and they can take a five-minute break when they need one – even though that can be hard in busy periods.",
    ),
    example(
      "guidance",
      "En statslig styrelses kundecenter kan lukke køen så tidligt før lukketid, at alle kan nå at blive betjent inden for den planlagte arbejdstid. Løsningen kom efter et krav fra de tillidsvalgte om overtidsbetaling.",
      "A state agency's customer centre can close the queue early enough before closing time that everyone is served within planned working hours. This came about after the employee representatives asked for overtime pay.",
    ),
    example(
      "guidance",
      "Samme kundecenter har indflydelse på, hvornår kampagner og nye systemer rulles ud, så det så vidt muligt ikke sker i spidsbelastningsperioder.",
      "The same customer centre has a say in when campaigns and new systems are rolled out, so that as far as possible this does not happen at peak times.",
    ),
    example(
      "amica",
      "Et borgerservicecenter i AMICA, hvis første måling viste et meget højt arbejdstempo og meget stress, lavede en stresspolitik om årsager (frygt, konflikter, tidspres, støj) og forebyggelse med fokus på arbejdsglæde. Ved næste måling lå arbejdstempoet nær landsgennemsnittet.",
      "A citizen service centre in AMICA, whose first survey showed a very high work pace and much stress, wrote a stress policy on causes (fear, conflicts, time pressure, noise) and on prevention focused on joy at work. At the next survey its work pace was close to the national average.",
    ),
  ],
  scaleKeys: ["work-pace", "quantitative-demands", "stress", "burnout", "sleeping-troubles"],
  basis: "guidance",
  links: [
    {
      title: "At-vejledning om stor arbejdsmængde og tidspres",
      url: "https://at.dk/regler/at-vejledninger/stor-arbejdsmaengde-tidspres-4-1-1/",
    },
    { title: "Viden om restitution og pauser", url: "https://www.arbejdsmiljoweb.dk/restituhvafornoget" },
    { title: "Forstå og forebyg stress", url: "https://www.arbejdsmiljoweb.dk/forebygstress" },
  ],
};
