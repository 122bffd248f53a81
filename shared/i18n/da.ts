import type { researchDa } from "./features/research.da.ts";
import type { resultsDa } from "./features/results.da.ts";
import type { seminarsDa } from "./features/seminars.da.ts";
import type { surveyDa } from "./features/survey.da.ts";
import type { workshopsDa } from "./features/workshops.da.ts";

/**
 * Danish strings: the default language and the source of the message keys. `en.ts` must have
 * exactly the same keys (checked by the type of `en`). Placeholders are `{name}`; a key ending in
 * `.one`/`.other` is a plural pair chosen by `tp()`.
 */
const core = {
  "app.name": "amica",
  "app.tagline": "Benchmarking af det psykosociale arbejdsmiljø i kontaktcentre",
  "app.skipToContent": "Spring til indhold",
  "app.mainNav": "Hovedmenu",
  "app.loading": "Henter …",
  "app.switchLanguage": "English",
  "app.signedInAs": "Logget ind som {name}",
  "app.logout": "Log ud",
  "app.home": "Forside",

  "login.title": "Log ind",
  "login.intro": "Log ind med din e-mail og den adgangskode, du selv valgte, da du tog imod invitationen.",
  "login.email": "E-mail",
  "login.password": "Adgangskode",
  "login.submit": "Log ind",
  "login.submitting": "Logger ind …",
  "login.failed": "Forkert e-mail eller adgangskode.",

  "home.title": "Velkommen, {name}",
  "home.noMemberships":
    "Du er endnu ikke med i noget netværk. Opret et nyt netværk, eller bed en koordinator om at give dig en rolle.",
  "home.yourRole": "Din rolle: {role}",
  "home.coordinator.intro": "Du koordinerer netværket og ser alle centre ved navn.",
  "home.coordinator.centres": "Centre",
  "home.coordinator.activeCentres.one": "{n} aktivt center",
  "home.coordinator.activeCentres.other": "{n} aktive centre",
  "home.coordinator.leftCentres.one": "{n} center har forladt netværket",
  "home.coordinator.leftCentres.other": "{n} centre har forladt netværket",
  "home.coordinator.rounds": "Målerunder",
  "home.coordinator.manage": "Administrér netværket",
  "home.facilitator.intro": "Du er facilitator i {centre} i netværket {network}.",
  "home.facilitator.manage": "Centret og dets teams",
  "home.facilitator.rounds": "Målerunder for centret",
  "home.researcher.intro":
    "Som forsker læser du netværkets data gennem forsknings-API'et med et token. Centre og teams optræder under faste pseudonymer, og tal fra for små grupper udelades.",
  "home.researcher.docs": "Læs vejledningen til forskningsudtræk med R og pandas (engelsk)",
  "home.noRounds": "Ingen målerunder endnu.",
  "home.createNetwork": "Opret et nyt netværk",

  "network.nav": "Administration af netværket",
  "network.tab.settings": "Indstillinger",
  "network.tab.centres": "Centre",
  "network.tab.people": "Personer og roller",
  "network.tab.rounds": "Målerunder",
  "network.coordinatorOnly": "Kun netværkets koordinator kan administrere netværket.",

  "settings.title": "Indstillinger",
  "settings.name": "Netværkets navn",
  "settings.minGroupSize": "Mindste gruppestørrelse",
  "settings.minGroupSizeHint":
    "Resultater fra færre besvarelser vises aldrig. Mindst 3; standard er 5. En målings tal vises aldrig med en lavere grænse end den, de først blev vist med.",
  "settings.minCentresForBenchmark": "Mindste antal centre for netværkets tal",
  "settings.minCentresForBenchmarkHint":
    "Netværkets gennemsnit, højeste og laveste vises kun, når mindst så mange centre når mindstegruppen. Mindst 3; standard er 3.",
  "settings.freeTextMinGroupSize": "Mindste gruppestørrelse for fritekstsvar",
  "settings.freeTextMinGroupSizeHint":
    "Fritekstsvar vises kun for grupper af mindst denne størrelse; standard er 10.",
  "settings.meaningfulDifference": "Meningsfuld forskel (point på skalaen 0–100)",
  "settings.meaningfulDifferenceHint": "Mindre forskelle end dette regnes ikke for reelle; standard er 5.",
  "settings.lightComparison": "Trafiklyset sammenligner med",
  "settings.lightComparison.network": "Netværkets gennemsnit",
  "settings.lightComparison.reference": "Den nationale reference",
  "settings.save": "Gem indstillinger",
  "settings.saved": "Indstillingerne er gemt.",

  "centres.title": "Centre",
  "centres.none": "Netværket har ingen centre endnu.",
  "centres.pseudonym": "Pseudonym {pseudonym}",
  "centres.joinedOn": "Med siden {date}",
  "centres.leftOn": "Forlod netværket {date}",
  "centres.leaves": "Forlader netværket {date}",
  "centres.add": "Tilføj et center",
  "centres.name": "Centrets navn",
  "centres.joinedOnLabel": "Med i netværket fra (valgfrit)",
  "centres.submitAdd": "Tilføj center",
  "centres.added": "Centret {name} er tilføjet.",

  "centre.notFound": "Centret findes ikke, eller du har ikke adgang til det.",
  "centre.details": "Om centret",
  "centre.network": "Netværk: {network}",
  "centre.backToCentres": "Tilbage til netværkets centre",
  "centre.rename": "Omdøb centret",
  "centre.newName": "Nyt navn",
  "centre.submitRename": "Gem navn",
  "centre.renamed": "Centret hedder nu {name}.",
  "centre.leave": "Udmeldelse af netværket",
  "centre.leaveIntro":
    "Når et center forlader netværket, bevares dets historik, men det kan ikke være med i nye målerunder efter datoen.",
  "centre.leftOnLabel": "Forlader netværket den",
  "centre.submitLeave": "Registrér udmeldelse",
  "centre.leaveRecorded": "Udmeldelsen er registreret.",
  "centre.rejoin": "Fortryd udmeldelsen",
  "centre.rejoined": "Centret er igen med i netværket.",
  "centre.support.title": "Hvem kan man tale med?",
  "centre.support.intro":
    "Når en medarbejders egen profil efter spørgeskemaet viser højt stress, udbrændthed eller søvnbesvær, står denne tekst under den. Kun medarbejderen selv ser profilen. Skriv, hvem man kan tale med, fx et navn og et telefonnummer. Lad feltet stå tomt for standardteksten.",
  "centre.support.da": "Tekst på dansk",
  "centre.support.en": "Tekst på engelsk",
  "centre.support.default": "Standardtekst: {text}",
  "centre.support.submit": "Gem teksten",
  "centre.support.saved": "Teksten er gemt.",

  "teams.title": "Teams",
  "teams.none": "Centret har ingen teams endnu.",
  "teams.add": "Tilføj et team",
  "teams.name": "Teamets navn",
  "teams.submitAdd": "Tilføj team",
  "teams.added": "Teamet {name} er tilføjet.",
  "teams.rename": "Omdøb",
  "teams.renameButton": "Omdøb {name}",
  "teams.renameLabel": "Nyt navn til {name}",
  "teams.submitRename": "Gem",
  "teams.cancel": "Annullér",
  "teams.renamed": "Teamet hedder nu {name}.",

  "people.title": "Personer og roller",
  "people.none": "Ingen personer endnu.",
  "people.centre": "Center: {centre}",
  "people.remove": "Fjern rollen",
  "people.removeLabel": "Fjern rollen som {role} fra {name}",
  "people.removed": "Rollen er fjernet.",
  "people.add": "Invit\u00e9r en person",
  "people.email": "E-mail",
  "people.role": "Rolle",
  "people.centreLabel": "Center (for facilitatorer)",
  "people.chooseCentre": "Vælg et center",
  "people.inviteIntro":
    "Personen f\u00e5r rollen, n\u00e5r de \u00e5bner linket og tager imod. En ny bruger v\u00e6lger selv navn og adgangskode; en, der allerede har en konto, logger ind og tager imod.",
  "people.linkTitle": "Invitationslink til {email}",
  "people.resetLinkTitle": "Link til ny adgangskode for {email}",
  "people.linkOnce":
    "Linket vises kun denne ene gang. Kopi\u00e9r det og giv det videre, fx i en mail. Det virker \u00e9n gang og udl\u00f8ber {date}.",
  "people.copy": "Kopi\u00e9r linket",
  "people.copied": "Linket er kopieret.",
  "people.pending": "Links, der ikke er brugt endnu",
  "people.pendingJoin": "Invitation: {role}",
  "people.pendingReset": "Ny adgangskode",
  "people.expires": "udl\u00f8ber {date}",
  "people.revoke": "Tr\u00e6k tilbage",
  "people.revokeLabel": "Tr\u00e6k tilbage: linket til {email}",
  "people.revoked": "Linket er trukket tilbage.",
  "people.reset": "Link til ny adgangskode",
  "people.resetLabel": "Link til ny adgangskode for {name}",
  "people.resetOtherNetworks":
    "Personen er ogs\u00e5 med i netv\u00e6rk, du ikke koordinerer; bed dem bruge deres egen adgang.",
  "people.alreadyMember": "Personen har allerede den rolle her.",
  "account.title": "Tag imod invitationen",
  "account.resetTitle": "V\u00e6lg en ny adgangskode",
  "account.invited": "Du er inviteret til {network} som {role}.",
  "account.invitedCentre": "Du er inviteret til {network} som {role} for {centre}.",
  "account.forEmail": "Linket g\u00e6lder for {email}.",
  "account.newPerson": "Ny bruger? V\u00e6lg navn og adgangskode",
  "account.name": "Dit navn",
  "account.password": "V\u00e6lg en adgangskode (mindst 10 tegn)",
  "account.newPassword": "Ny adgangskode (mindst 10 tegn)",
  "account.create": "Opret min konto og tag imod",
  "account.haveAccount": "Har du allerede en konto? Log ind f\u00f8rst, s\u00e5 kan du tage imod her.",
  "account.signIn": "Log ind",
  "account.accept": "Tag imod rollen",
  "account.signedInAs": "Du er logget ind som {email}.",
  "account.otherAccount":
    "Linket er lavet til en anden e-mail end den, du er logget ind med. Log ud og log ind som {email}.",
  "account.existing": "Der findes allerede en konto med denne e-mail. Log ind, og \u00e5bn linket igen.",
  "account.invalid":
    "Linket virker ikke (mere). Det kan v\u00e6re brugt, trukket tilbage eller udl\u00f8bet. Bed koordinatoren om et nyt.",
  "account.saveReset": "Gem den nye adgangskode",
  "account.resetDone": "Din adgangskode er skiftet. Du er logget ud alle steder; log ind med den nye.",
  "account.joined": "Velkommen! Du har nu rollen.",
  "account.goHome": "Til forsiden",
  "people.submitAdd": "Lav invitationslinket",

  "role.coordinator": "Koordinator",
  "role.facilitator": "Facilitator",
  "role.researcher": "Forsker",

  "rounds.title": "Målerunder",
  "rounds.none": "Netværket har ingen målerunder endnu.",
  "rounds.wave": "Runde {wave}",
  "rounds.period": "{opens} – {closes}",
  "rounds.centres.one": "{n} center",
  "rounds.centres.other": "{n} centre",
  "rounds.open": "Åbn runden",
  "rounds.openLabel": "Åbn runden {label} for besvarelser",
  "rounds.opened": "Runden {label} er åbnet.",
  "rounds.add": "Opret en målerunde",
  "rounds.label": "Navn på runden",
  "rounds.labelHint": "For eksempel „Efterår 2010“.",
  "rounds.opensOn": "Åbner den",
  "rounds.closesOn": "Lukker den",
  "rounds.participating": "Deltagende centre",
  "rounds.noActiveCentres": "Der er ingen aktive centre at vælge.",
  "rounds.submitAdd": "Opret runde",
  "rounds.added": "Runden {label} er oprettet som kladde.",

  "status.draft": "Kladde",
  "status.open": "Åben",
  "status.closed": "Lukket",
  "status.published": "Offentliggjort",

  "form.fixErrors.one": "Ret {n} fejl i formularen.",
  "form.fixErrors.other": "Ret {n} fejl i formularen.",
  "form.saving": "Gemmer …",

  "error.required": "Skal udfyldes.",
  "error.email": "Det er ikke en e-mailadresse.",
  "error.dateFormat": "Skriv datoen som ÅÅÅÅ-MM-DD.",
  "error.dateInvalid": "Den dato findes ikke.",
  "error.maxLength": "Højst {n} tegn.",
  "error.passwordLength": "Mindst 10 tegn.",
  "error.centresRequired": "Vælg mindst ét center.",
  "error.closesBeforeOpens": "Runden kan ikke lukke, før den åbner.",
  "error.beforeOpening": "Ligger før åbningsdatoen.",
  "error.facilitatorCentre": "En facilitator hører til ét center.",
  "error.onlyFacilitatorCentre": "Kun facilitatorer hører til et center.",
  "error.taken": "Navnet er allerede brugt.",
  "error.notNetworkCentre": "Ikke et center i netværket.",
  "error.centreLeft": "Centret har forladt netværket.",
  "error.minGroupSize": "Mindste gruppestørrelse er aldrig under 3.",
  "error.number": "Skriv et tal.",
  "error.tooSmall": "Tallet er for lille.",
  "error.tooLarge": "Tallet er for stort.",
  "error.nothingChanged": "Der er intet at gemme.",
  "error.badRequest": "Anmodningen var ikke gyldig. Tjek felterne.",
  "error.unauthenticated": "Du er ikke logget ind længere. Log ind igen.",
  "error.forbidden": "Du har ikke adgang til at gøre dette.",
  "error.notFound": "Det findes ikke, eller du har ikke adgang til det.",
  "error.conflict": "Det kunne ikke lade sig gøre: {detail}",
  "error.tooLargeBody": "Det sendte er for stort.",
  "error.throttled": "For mange forsøg. Vent lidt, og prøv igen.",
  "error.server": "Noget gik galt hos os. Prøv igen om lidt.",
  "error.network": "Der er ingen forbindelse til serveren. Tjek forbindelsen, og prøv igen.",

  "notFound.title": "Siden findes ikke",
  "notFound.text": "Adressen findes ikke, eller du har ikke adgang til den.",
  "notFound.home": "Gå til forsiden",
};

/** Each feature keeps its strings in features/<feature>.{da,en}.ts, so features can grow apart. */
/** The strings every page needs; each feature's strings load with the language (see features/all-*.ts). */
export const da = core;
export type CoreMessages = Record<keyof typeof core, string>;

type AllDa = typeof core &
  typeof resultsDa &
  typeof surveyDa &
  typeof workshopsDa &
  typeof seminarsDa &
  typeof researchDa;

/** Every message key; `en` must have all of them and no others. */
export type MessageKey = keyof AllDa;
export type Messages = Record<MessageKey, string>;
