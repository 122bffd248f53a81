import { example, t } from "./define.ts";
import type { Theme } from "./schema.ts";

/**
 * Theme 5, retold from the guidance sheet "Målinger og performancekrav" (seeds/004) and the AMICA
 * slides. The built-in instrument has no "feeling monitored" scale; the sheet ties monitoring to
 * job satisfaction and stress, and it is a matter of trust and fairness between manager and staff.
 */
export const measurementsPerformance: Theme = {
  key: "measurements-performance",
  number: 5,
  title: t("Målinger og performancekrav", "Measurements and performance requirements"),
  purpose: t(
    "Til jer, der vil undgå, at målinger og performancekrav belaster medarbejderne – så de trives bedre og bliver længere i jobbet.",
    "For those who want to keep measurements and performance targets from wearing employees down – so that they thrive better and stay longer in the job.",
  ),
  research: [
    t(
      "I et kunde- eller kontaktcenter kan næsten alt måles.",
      "In a customer or contact centre almost everything can be measured.",
    ),
    t(
      "Måden, tallene bruges på over for den enkelte medarbejder, betyder meget for medarbejderens trivsel.",
      "How the figures are used about the individual employee matters a great deal for that employee's well-being.",
    ),
    t(
      "Medarbejdere, der oplever målingerne som overvågning og kontrol, er mindre tilfredse med jobbet og mere stressede end kolleger, der oplever dem som en støtte til at udvikle deres service.",
      "Employees who experience the measurements as surveillance and control are less satisfied with their job and more stressed than colleagues who see them as support for improving their service.",
    ),
    t(
      "Tallene fylder ofte i samtalen mellem medarbejder og leder, uden at man kommer ind på, hvad de betyder for medarbejderens trivsel og helbred.",
      "The figures often fill the conversation between employee and manager without it ever reaching what they mean for the employee's well-being and health.",
    ),
    t(
      "Ny dansk forskning fandt, at produktivitet og kvalitet ikke faldt i teams, hvor hverken medarbejderne, teamlederen eller dennes leder havde adgang til individuelle eller fælles performancemål.",
      "Recent Danish research found that productivity and quality did not fall in teams where neither the employees, their team leader nor the team leader's manager had access to individual or shared performance targets.",
    ),
  ],
  actions: [
    t(
      "Spørg medarbejderne, hvordan målingerne og måden, de bruges på, påvirker deres trivsel.",
      "Ask employees how the measurements, and the way they are used, affect their well-being.",
    ),
    t(
      "Vurdér, hvilke mål der støtter kvalitet og effektivitet i arbejdet, og hvilke der måske står i vejen.",
      "Judge which of your targets support quality and efficiency in the work, and which may stand in the way.",
    ),
    t(
      "Prøv, hvad der sker, hvis I skærer ned på antallet af performancemål i en periode – eller helt lader være med at bruge tallene.",
      "Try what happens if you cut the number of performance targets for a while – or stop using the figures altogether.",
    ),
    t(
      "Sig åbent, hvorfor I måler, og hvad tallene bruges til.",
      "Say openly why you measure and what the figures are used for.",
    ),
  ],
  questions: [
    t(
      "Hvad ved lederne om, hvordan medarbejderne oplever den måde, vi måler og følger op på?",
      "What do the managers know about how employees experience the way we measure and follow up?",
    ),
    t(
      "Hvor meget fylder mål og tal i samtalen mellem teamleder og medarbejder?",
      "How much do targets and figures fill the conversation between team leader and employee?",
    ),
    t("Er nogle af vores mål i modstrid med hinanden?", "Do some of our targets contradict each other?"),
    t(
      "Bliver medarbejderne målt på noget, de ikke selv kan påvirke?",
      "Are employees measured on things they cannot influence themselves?",
    ),
    t(
      "Hvad ville fordele og ulemper være ved i højere grad at måle og følge op på teamet samlet frem for på den enkelte?",
      "What would be the gains and losses of measuring and following up on the team as a whole rather than on each person?",
    ),
  ],
  examples: [
    example(
      "guidance",
      "I et kommunalt kontaktcenter bliver den enkelte medarbejder ikke målt på sin performance, selv om tallene findes. De historiske tal bruges til at vurdere, hvor mange der skal være på telefonerne.",
      "In a municipal contact centre individual employees are not measured on their performance, although the data exist. The historical figures are used to judge how many staff the phones need.",
    ),
    example(
      "guidance",
      "Samme center siger altid på forhånd til medarbejderne, hvis chefen i en periode vil sætte fokus på fx den gennemsnitlige svartid.",
      "The same centre always tells employees in advance if the head of centre wants to focus for a while on, say, the average answering time.",
    ),
    example(
      "guidance",
      "En fælles telefonlinje for flere kommuner har tre nøgletal: sagen afklaret med det samme, borgertilfredshed og svarprocent. Ledelse og medarbejdere er opmærksomme på, at målene kan afhænge af forhold, medarbejderen ikke styrer, og på faste møder bliver resultaterne anerkendt og fagligheden udviklet ud fra tallene.",
      "A phone line shared by several municipalities has three key figures: resolved at first contact, citizen satisfaction and answer rate. Managers and staff keep in mind that the targets may depend on things the employee does not control, and at regular meetings results are recognised and skills developed from the data.",
    ),
    example(
      "guidance",
      "En statslig styrelses kundecenter skar i 2023 ned til fem performancemål (mails pr. time, kald pr. time, tilgængelighed, kundetilfredshed og samtaletid). Medarbejderne skal leve op til tre af de fem, så det er i orden, at en med høj kundetilfredshed tager lidt færre kald.",
      "In 2023 a state agency's customer centre cut its performance targets to five (emails per hour, calls per hour, availability, customer satisfaction and talk time). Employees must meet three of the five, so it is fine for someone with high customer satisfaction to take somewhat fewer calls.",
    ),
    example(
      "amica",
      "I et borgerservicecenter i AMICA følte medarbejderne sig overvåget af målingerne. Centret holdt en brainstorm om, hvorfor man måler – fx for at planlægge vagter, styre efter ressourcer og opgaver og dokumentere over for budget og andre kommuner – og tog fra det første benchmarkseminar idéen med hjem om at bruge målinger som et positivt arbejdsredskab.",
      "In a citizen service centre in AMICA employees felt monitored by the measurements. The centre held a brainstorm on why it measures – for example to plan rotas, to match resources to tasks and to document to the budget and to other municipalities – and took home from the first benchmark seminar the idea of using measurements as a positive working tool.",
    ),
  ],
  scaleKeys: ["trust-management", "justice-respect", "job-satisfaction", "stress"],
  basis: "guidance",
  links: [
    { title: "Future Work Lab: De skjulte målinger", url: "https://futureworklab.dk/redskab-5/" },
    { title: "Mål med mening", url: "https://www.arbejdsmiljoweb.dk/maalmedmening" },
  ],
};
