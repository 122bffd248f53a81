/**
 * The reader's language for the SPA: Danish unless they chose English, remembered in
 * localStorage and mirrored on `<html lang>`. The helpers read the language reactively, so text
 * rendered through them changes when the language does.
 */
import { createSignal } from "solid-js";
import {
  defaultLocale,
  formatDate,
  formatNumber,
  isLocale,
  type Locale,
  type MessageKey,
  type Params,
  type PluralKey,
  t as translate,
  translateMessage,
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

export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not persisted; the choice holds for this page
  }
}

export const t = (key: MessageKey, params?: Params) => translate(locale(), key, params);
export const tp = (key: PluralKey, n: number, params?: Params) => translatePlural(locale(), key, n, params);
export const fmtDate = (iso: string) => formatDate(locale(), iso);
export const fmtNumber = (value: number, digits?: number) => formatNumber(locale(), value, digits);
export const tMessage = (message: string) => translateMessage(locale(), message);
