/**
 * Ids a researcher meets carry no centre names, in the demo as in any network: a researcher sees
 * centres only as pseudonyms, and an id such as `demo-borgerservice` beside `C01` would undo that.
 * Read as the demo's researcher on wrangler dev, every id-like value of the research API and of
 * every export (JSON and CSV) is checked against every word of every centre's name, spelled with
 * and without Danish letters.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_NETWORK_ID, demoCentres, demoUsers } from "../../scripts/demo/network.ts";
import { type Caller, signIn } from "./http.ts";

const researcher = demoUsers.find((u) => u.role === "researcher");

/** Each word of a name of four letters or more, as a slug might spell it ("Bøgely" → bøgely, bogely, boegely). */
function nameParts(name: string): string[] {
  const parts = new Set<string>();
  for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 4) continue;
    for (const spelt of [
      word,
      word.replace(/ø/g, "o").replace(/æ/g, "a").replace(/å/g, "a"),
      word.replace(/ø/g, "oe").replace(/æ/g, "ae").replace(/å/g, "aa"),
    ])
      parts.add(spelt);
  }
  return [...parts];
}

const parts = demoCentres.flatMap((c) => nameParts(c.name).map((part) => ({ centre: c.name, part })));

/** Keys whose values are ids (API objects) or id columns (exports). */
const idKey = (key: string) =>
  /(^id$|Id$|_id$|^(network|round|centre|team|response|token|instrument)$)/.test(key);

function idValues(value: unknown, key = "", out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) idValues(v, key, out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) idValues(v, k, out);
  else if (typeof value === "string" && idKey(key)) out.push(value);
  return out;
}

/** The id columns of a CSV export (its cells hold no commas: ids, codes and numbers only). */
function csvIdValues(text: string): string[] {
  const [header, ...lines] = text.trim().split("\r\n");
  const columns = (header ?? "").split(",");
  const keep = columns.flatMap((c, i) => (idKey(c) ? [i] : []));
  return lines.flatMap((line) => {
    const cells = line.split(",");
    return keep.map((i) => cells[i] ?? "");
  });
}

const namedIn = (ids: string[]) =>
  ids.flatMap((id) =>
    parts.filter(({ part }) => id.toLowerCase().includes(part)).map(({ centre }) => `${id} (${centre})`),
  );

describe("ids a researcher sees", () => {
  let r: Caller;
  beforeAll(async () => {
    if (!researcher) throw new Error("the demo has no researcher");
    r = await signIn(researcher.email);
  });

  it("the check itself finds a name in an id spelt like the old demo's", () => {
    expect(namedIn(["demo-boegely", "demo-c06", "demo-fjordbank-team-2"])).toEqual([
      "demo-boegely (Bøgely Pensionsservice)",
      "demo-fjordbank-team-2 (Fjordbank Kundecenter)",
    ]);
  });

  it("no id in the research API's answers carries a centre's name", async () => {
    const seen: string[] = [];
    for (const path of [
      "/api/auth/me",
      "/api/v1/networks",
      `/api/v1/networks/${DEMO_NETWORK_ID}`,
      `/api/v1/networks/${DEMO_NETWORK_ID}/centres`,
      `/api/v1/networks/${DEMO_NETWORK_ID}/rounds`,
    ]) {
      const a = await r.get(path);
      expect(a.status, `${path}: ${a.text.slice(0, 200)}`).toBe(200);
      seen.push(...idValues(a.json));
    }
    // The centres list does hold ids (the check is not vacuous), and no names for a researcher.
    const centres = await r.get(`/api/v1/networks/${DEMO_NETWORK_ID}/centres`);
    expect(idValues(centres.json)).toEqual(expect.arrayContaining(demoCentres.map((c) => c.id)));
    expect(centres.text).not.toContain(demoCentres[0].name);
    expect(namedIn(seen)).toEqual([]);
  });

  it("no id column of any export, in JSON or CSV, carries a centre's name", async () => {
    for (const kind of ["scales", "responses", "value-most", "participation"]) {
      const base = `/api/v1/networks/${DEMO_NETWORK_ID}/export/${kind}`;
      const json = await r.get(`${base}?format=json`);
      expect(json.status, `${kind}: ${json.text.slice(0, 200)}`).toBe(200);
      const jsonIds = idValues(json.json);
      expect(jsonIds.length, kind).toBeGreaterThan(0);
      const csv = await r.call("GET", `${base}?format=csv`, undefined, { accept: "text/csv" });
      expect(csv.status, kind).toBe(200);
      expect(namedIn([...jsonIds, ...csvIdValues(csv.text)]), kind).toEqual([]);
    }
  });
});
