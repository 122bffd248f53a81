/**
 * Who is signed in. `me()` is undefined while the first check runs, null when signed out.
 */
import { query } from "@solidjs/router";
import { createSignal } from "solid-js";
import { type LoginInput, type Me, meSchema } from "../../../shared/schemas/auth.ts";
import { api, setUnauthenticatedHandler } from "./api.ts";

const [me, setMe] = createSignal<Me | null | undefined>(undefined);

export { me };

let settle = () => {};
/** Resolves once the first check has said who is signed in, or that nobody is. */
export const meKnown = new Promise<void>((resolve) => {
  settle = resolve;
});

setUnauthenticatedHandler(() => {
  setMe(null);
  settle();
});

export async function loadMe(): Promise<void> {
  try {
    setMe(await api.get(meSchema, "/api/auth/me"));
  } catch {
    // Signed out (401), or the API cannot answer: either way the login page is where to start.
    setMe(null);
  } finally {
    settle();
  }
}

export async function signIn(input: LoginInput): Promise<Me> {
  const who = await api.post(meSchema, "/api/auth/login", input);
  query.clear(); // nothing cached for the previous person may show
  setMe(who);
  settle();
  return who;
}

export async function signOut(): Promise<void> {
  try {
    await api.send("POST", "/api/auth/logout");
  } finally {
    query.clear();
    setMe(null);
  }
}
