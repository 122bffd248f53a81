import { EXPORTS_PER_HOUR } from "../../../../../shared/research/export-limits.ts";
import { SCALE_COLUMNS } from "../../../../../shared/schemas/research.ts";
import type { GuideContent } from "./guide-content.ts";

export const guide: GuideContent = {
  lang: "da",
  title: "Forskningsudtræk: en vejledning til R og Python",
  intro:
    "Udtræk af netværkets måleresultater til forskning, over tid og kun til læsning, i CSV, JSON og NDJSON, med en kodebog. Centre og teams optræder under faste pseudonymer, og intet tal fra færre besvarelser end netværkets mindste gruppestørrelse forlader amica.",
  contents: "På denne side",
  sections: [
    {
      id: "tokens",
      title: "Tokens",
      paragraphs: [
        "Netværkets koordinator opretter et forskningstoken på netværkets side Forskning (et navn og eventuelt en sidste dag) og giver det til dig. Det vises én gang; kun dets hash gemmes. Send det med i hver forespørgsel som `Authorization: Bearer amr_…`.",
        "Et token læser kun sit eget netværks udtræk, til og med sin sidste dag, eller til koordinatoren trækker det tilbage; derefter svarer hver forespørgsel `401`. Gem det i en miljøvariabel (`AMICA_TOKEN` nedenfor), ikke i et script du deler. Logget ind som forsker kan du også hente hvert udtræk fra din forside uden token.",
      ],
    },
    {
      id: "exports",
      title: "Udtrækkene",
      paragraphs: ["Hvert udtræk ligger på `GET /api/v1/networks/{networkId}/export/<navn>`:"],
      rows: [
        [
          "scales",
          `Langt format, én række pr. runde × center × team × skala: \`${SCALE_COLUMNS.join(", ")}\`. \`team\` er tom for centret som helhed.`,
        ],
        [
          "responses",
          "Én række pr. besvarelse: `response, round, round_date, wave, centre, team, panel_code`, derefter én kolonne pr. spørgsmål (svarmulighedens rå kode), én pr. mulighed i flervalgsspørgsmålet (`value-most.<nøgle>`, 1/0) og én pr. skala (personens score 0–100).",
        ],
        [
          "value-most",
          "»Hvad værdsætter du mest i dit job?«: `network, round, round_date, wave, centre, option, n, percent` (procent 0–100).",
        ],
        [
          "participation",
          "`network, round, round_date, wave, centre, invited, answered, rate` (antal, vist uanset størrelse; `rate` er en andel 0–1).",
        ],
        [
          "codebook",
          'Alle kolonner i alle udtræk: etiketter på dansk og engelsk, type, enhed (`points 0–100`, `percent 0–100`, `proportion 0–1`, `persons`), svarmuligheder med koder og scorer, og en note hvor et navn skygger for en pandas-metode (`round`, `mean`: læs dem som `df["mean"]`).',
        ],
      ],
    },
    {
      id: "formats",
      title: "Filtre og formater",
      paragraphs: [
        'Alle udtræk tager `format=csv|json|ndjson`, `rounds=` (rundernes id, bølgenumre eller præcise navne; et navn med komma som `1. måling, juni 2007` virker alene eller i anførselstegn som i CSV: `rounds="1. måling, juni 2007",2`) og `centres=` (pseudonymer eller id). En værdi der ikke findes, giver `400` med parameterens navn.',
        "CSV følger RFC 4180: UTF-8 uden BOM, en overskriftsrække, CRLF som linjeskift og tomme felter for manglende værdier. JSON er en liste af objekter med de samme nøgler (null for manglende); NDJSON ét objekt pr. linje. Headeren `X-Suppressed-Rows` fortæller, hvor mange rækker anonymitetsreglerne udelod.",
        "En tekstværdi der begynder med `=`, `+`, `-`, `@`, tabulator eller vognretur (kun muligt i en selvvalgt panelkode), får et `'` foran, så et regneark ikke kører den som en formel; det gælder alle formater ens.",
      ],
    },
    {
      id: "anonymity",
      title: "Anonymitet",
      paragraphs: ["Det udelader udtrækkene, og derfor vil du møde huller:"],
      items: [
        "Kun runder hvis resultater er offentliggjort, kommer med.",
        "Skalarækker for et center eller team med færre besvarelser end den mindste gruppestørrelse udelades; det samme gør det mindste søsterteam, hvor et skjult team ellers kunne regnes ud ved at trække fra.",
        "Procenterne for »det vigtigste i jobbet« udelades for et center, hvor færre end minimum har svaret på spørgsmålet.",
        "Rækker pr. besvarelse kommer kun fra centre på eller over minimum; `team` er tom, hvor teamets tal ville være skjult.",
        "Besvarelsernes id er pseudonymer, faste på tværs af udtræk. Fritekstsvar kommer aldrig med.",
      ],
    },
    {
      id: "longitudinal",
      title: "På tværs af runder",
      paragraphs: [
        "Et center beholder sit pseudonym (`C01`, `C02` …) i alle runder og alle udtræk, også efter det har forladt netværket. `wave` nummererer netværkets runder efter startdato.",
        "`panel_code` forbinder én persons svar på tværs af runder, kun hvor respondenten selv har valgt en kode: brug den til parrede analyser, og regn med at de fleste rækker ikke har nogen. Rækkerne kommer i en fast rækkefølge, der intet har med svartidspunktet at gøre, og ingen kolonne har et tidspunkt finere end rundens dato.",
      ],
    },
    {
      id: "r",
      title: "Eksempel i R",
      paragraphs: [
        "Hent skalaudtrækket og tegn ét centers udvikling på tre skalaer med 95 %-konfidensbånd. Læs CSV-filer med `check.names = FALSE`, ellers ændres kolonnenavne som `value-most.tasks`, og de passer ikke længere til kodebogen.",
      ],
      example: { kind: "r", lead: "R (httr2, readr, dplyr, ggplot2)" },
    },
    {
      id: "python",
      title: "Eksempel i Python (pandas)",
      paragraphs: ["Det samme med requests, pandas og matplotlib."],
      example: { kind: "python", lead: "Python (requests, pandas, matplotlib)" },
    },
    {
      id: "large",
      title: "Store udtræk",
      paragraphs: [
        "Udtrækkene streames: rækkerne sendes, mens de læses, så enhver størrelse virker. Til besvarelserne i et stort netværk er NDJSON eller CSV bedst, læst i bidder.",
      ],
      example: { kind: "large", lead: "Python, i bidder, med etiketter fra kodebogen" },
    },
    {
      id: "snapshots",
      title: "Snapshots til citation",
      paragraphs: [
        "Til en artikel citeres et snapshot af en offentliggjort runde frem for et udtræk: `GET /api/v1/networks/{networkId}/snapshots/{roundId}` giver én gzippet NDJSON-fil. Første linje er et hoved (netværk, runde, offentliggørelsesdato, dataversion, mindste gruppestørrelse, udeladte rækker, kolonnerne og kodebogen); derefter én linje pr. besvarelse, præcis som besvarelsesudtrækket skriver dem for runden; sidste linje har antallet af rækker, `sha256` (af alle bytes før den linje, ukomprimeret) og en citationslinje med netværk, runde, offentliggørelsesdato, version og hash.",
        "Hentet to gange er filen den samme, og det er dens hash også, indtil noget af det, den rummer, ændres. Din forside viser hver offentliggjort rundes citationslinje med en kopiknap.",
      ],
      example: { kind: "snapshot", lead: "Python, med hashen tjekket" },
    },
    {
      id: "limits",
      title: "Grænser og log",
      paragraphs: [
        `Hvert token (eller hver indlogget person) kan starte ${EXPORTS_PER_HOUR} udtræk i timen; derudover er svaret \`429\` med \`Retry-After\` i sekunder. Hvert udtræk skrives i netværkets log: hvem (token eller person), hvilket udtræk med hvilke filtre, hvornår, og hvor mange rækker der blev sendt.`,
        "Fejl er RFC 9457 `application/problem+json`: `status`, `title`, `detail` og, ved forkerte parametre, `errors[]` med parameterens sti og en maskinlæsbar `code`.",
      ],
    },
  ],
  reference: "API-referencen (alle endpoints, på engelsk)",
  openapi: "OpenAPI 3.1-dokumentet",
};
