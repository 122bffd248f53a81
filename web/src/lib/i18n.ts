/**
 * The reader's language for the SPA: Danish unless they chose English, remembered in
 * localStorage and mirrored on `<html lang>`. The helpers read the language reactively, so text
 * rendered through them changes when the language does.
 */
import { createSignal } from "solid-js";
import {
  addMessages,
  defaultLocale,
  fieldErrorMessage,
  formatDate,
  formatNumber,
  formatP,
  formatSigned,
  importErrorMessage,
  isLocale,
  type Locale,
  type MessageKey,
  type Params,
  type PluralKey,
  t as translate,
  tp as translatePlural,
} from "../../../shared/i18n/index.ts";

const STORAGE_KEY = "amica.locale";

function stored(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : defaultLocale;
  } catch {
    return defaultLocale; // storage may be blocked; the default still works
  }
}

const [locale, setLocaleSignal] = createSignal<Locale>(stored());
document.documentElement.lang = locale();

export { locale };

type Strings = Partial<Record<MessageKey, string>>;
// Each language's strings are chunks of their own, fetched when that language is used: the core
// (da.ts, en.ts) and the features' (all-da.ts…), in parallel. Nothing of the other language is
// fetched until the reader switches to it.
const coreStrings: Record<Locale, () => Promise<Strings>> = {
  da: () => import("../../../shared/i18n/da.ts").then((m) => m.da),
  en: () => import("../../../shared/i18n/en.ts").then((m) => m.en),
};
const withCore = (which: Locale, rest: () => Promise<Strings>) => () =>
  Promise.all([coreStrings[which](), rest()]).then(([core, more]) => ({ ...core, ...more }));
const featureStrings: Record<Locale, () => Promise<Strings>> = {
  da: withCore("da", () => import("../../../shared/i18n/features/all-da.ts").then((m) => m.featuresDa)),
  en: withCore("en", () => import("../../../shared/i18n/features/all-en.ts").then((m) => m.featuresEn)),
};
/** The survey's own strings: all the respondent's pages need (see survey-main.tsx). */
const surveyStrings: Record<Locale, () => Promise<Strings>> = {
  da: withCore("da", () => import("../../../shared/i18n/features/survey.da.ts").then((m) => m.surveyDa)),
  en: withCore("en", () => import("../../../shared/i18n/features/survey.en.ts").then((m) => m.surveyEn)),
};
let strings = featureStrings;
/** For the respondent's pages: load only the survey's strings, in the language in use. */
export function useSurveyStrings(): void {
  strings = surveyStrings;
}
const loading = new Map<Locale, Promise<void>>();
// Bumped when strings arrive, so that text already on screen is rendered again with them.
const [stringsVersion, setStringsVersion] = createSignal(0);

/** Resolves when the language's strings are all there; the app renders after the first one. */
export function loadStrings(which: Locale = locale()): Promise<void> {
  let pending = loading.get(which);
  if (!pending) {
    pending = strings[which]().then((messages) => {
      addMessages(which, messages);
      setStringsVersion((v) => v + 1);
    });
    loading.set(which, pending);
  }
  return pending;
}

/**
 * Remembers the choice at once (a reader who clicks "English" and then follows a link before the
 * strings arrive gets the next page in English), and switches the screen once the chosen
 * language's strings are there (fetched on the first switch only), so that no screen shows a
 * message key meanwhile.
 */
export function setLocale(next: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not persisted; the choice holds for this page
  }
  return loadStrings(next).then(() => {
    setLocaleSignal(next);
    document.documentElement.lang = next;
  });
}

export function t(key: MessageKey, params?: Params): string {
  stringsVersion(); // subscribe: re-render when strings arrive
  return translate(locale(), key, params);
}
export function tp(key: PluralKey, n: number, params?: Params): string {
  stringsVersion();
  return translatePlural(locale(), key, n, params);
}
export const fmtDate = (iso: string) => formatDate(locale(), iso);
export const fmtNumber = (value: number, digits?: number) => formatNumber(locale(), value, digits);
/** A difference with its sign: "+1,5", "−3,2". */
export const fmtSigned = (value: number, digits?: number) => formatSigned(locale(), value, digits);
/** A p-value with its relation: "p = 0,012", "p < 0,001". */
export const fmtP = (p: number) => formatP(locale(), p);
/** A field error's words in the reader's language, from its code (never from the English message). */
export const tFieldError = (error: { path: string; code?: string; params?: Record<string, number> }) => {
  stringsVersion();
  return fieldErrorMessage(locale(), error);
};
/** An import row's error in the reader's language, from its code (never from the English message). */
export const tImportError = (error: { column: string; code: string; params?: Record<string, number> }) => {
  stringsVersion();
  return importErrorMessage(locale(), error);
};
