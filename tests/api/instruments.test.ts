import { beforeAll, describe, expect, it } from "vitest";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
const BUILTIN = `builtin-${builtinInstrument.key}-${builtinInstrument.version}`;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("instruments", () => {
  it("lists the built-in instrument for every member", async () => {
    const r = await c.facilitatorA.get(`/api/v1/networks/${f.networkId}/instruments`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual([
      expect.objectContaining({ id: BUILTIN, builtIn: true, scales: 24, inUse: false }),
    ]);
    expect(r.body[0].items).toBeGreaterThanOrEqual(80);
  });
  it("returns a definition, and 404 for an unknown one", async () => {
    const r = await c.researcher.get(`/api/v1/instruments/${BUILTIN}`);
    expect(r.status).toBe(200);
    expect(r.body.scales.map((s: { key: string }) => s.key)).toContain("meaning-of-work");
    expectProblem(await c.researcher.get("/api/v1/instruments/nope"), 404);
    expectProblem(await c.anonymous.get(`/api/v1/instruments/${BUILTIN}`), 401);
  });
  it("adds a new version for the coordinator, validated, and refuses a taken version", async () => {
    const def = { ...builtinInstrument, key: "amica-copsoq-official", version: 1 };
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/instruments`, def);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ key: "amica-copsoq-official", version: 1, builtIn: false });
    expectProblem(await c.coordinator.post(`/api/v1/networks/${f.networkId}/instruments`, def), 409);
    expectProblem(
      await c.coordinator.post(`/api/v1/networks/${f.networkId}/instruments`, builtinInstrument),
      409,
    );
    const other = await c.outsider.get(`/api/v1/instruments/${r.body.id}`);
    expectProblem(other, 404);
  });
  it("names the broken field of an invalid definition", async () => {
    const broken = structuredClone(builtinInstrument) as any;
    broken.version = 2;
    broken.items[0].scale = "no-such-scale";
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/instruments`, broken);
    expectProblem(r, 422);
    expect(fieldPaths(r).some((p) => p.startsWith("items.0"))).toBe(true);
  });
  it("is 403 for a facilitator and 404 outside", async () => {
    const def = { ...builtinInstrument, key: "x-instrument", version: 1 };
    expectProblem(await c.facilitatorA.post(`/api/v1/networks/${f.networkId}/instruments`, def), 403);
    expectProblem(await c.outsider.post(`/api/v1/networks/${f.networkId}/instruments`, def), 404);
    expectProblem(await c.outsider.get(`/api/v1/networks/${f.networkId}/instruments`), 404);
  });
});

describe("reference sets", () => {
  it("takes a JSON set, activates it and lists it as active", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/reference-sets`, {
      instrumentId: BUILTIN,
      name: "Testreference",
      nameEn: "Test reference",
      source: "Opfundet til en test",
      sourceEn: "Made up for a test",
      synthetic: true,
      values: { influence: { mean: 49.8, sd: 20 }, "work-pace": { mean: 59.5, sd: 18 } },
      activate: true,
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: { da: "Testreference", en: "Test reference" },
      source: { da: "Opfundet til en test", en: "Made up for a test" },
      active: true,
      synthetic: true,
    });
    const list = await c.facilitatorA.get(`/api/v1/networks/${f.networkId}/reference-sets`);
    expect(list.status).toBe(200);
    expect(list.body.filter((s: { active: boolean }) => s.active)).toHaveLength(1);
  });
  it("takes a semicolon CSV as Danish Excel writes it, with decimal commas", async () => {
    const csv = "\uFEFFscale;mean;sd;source\ninfluence;49,8;20,1;Synthetic test data\nstress;22,6;17;\n";
    const r = await c.coordinator.call(
      "POST",
      `/api/v1/networks/${f.networkId}/reference-sets/import?instrumentId=${BUILTIN}&name=CSV%20set&activate=true`,
      csv,
      { "content-type": "text/csv" },
    );
    expect(r.status).toBe(201);
    expect(r.body.values).toEqual({ influence: { mean: 49.8, sd: 20.1 }, stress: { mean: 22.6, sd: 17 } });
    // One language given: both carry it.
    expect(r.body.source).toEqual({ da: "Synthetic test data", en: "Synthetic test data" });
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/reference-sets`);
    expect(list.body.find((s: { active: boolean }) => s.active).name.da).toBe("CSV set");
  });
  it("names bad rows, unknown scales and unknown instruments", async () => {
    const csv = "scale,mean,sd,source\ninfluence,140,10,x\n";
    const bad = await c.coordinator.call(
      "POST",
      `/api/v1/networks/${f.networkId}/reference-sets/import?instrumentId=${BUILTIN}&name=Bad`,
      csv,
      { "content-type": "text/csv" },
    );
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["row.2.mean"]);
    const unknownScale = await c.coordinator.post(`/api/v1/networks/${f.networkId}/reference-sets`, {
      instrumentId: BUILTIN,
      name: "x",
      source: "y",
      values: { "no-such-scale": { mean: 1 } },
    });
    expectProblem(unknownScale, 422);
    expect(fieldPaths(unknownScale)).toEqual(["values.no-such-scale"]);
    const unknownInstrument = await c.coordinator.post(`/api/v1/networks/${f.networkId}/reference-sets`, {
      instrumentId: "nope",
      name: "x",
      source: "y",
      values: { influence: { mean: 1 } },
    });
    expectProblem(unknownInstrument, 422);
    expect(fieldPaths(unknownInstrument)).toEqual(["instrumentId"]);
    const activateUnknown = await c.coordinator.call(
      "PUT",
      `/api/v1/networks/${f.networkId}/reference-sets/active`,
      {
        referenceSetId: "nope",
      },
    );
    expectProblem(activateUnknown, 422);
  });
  it("is 403 for a facilitator, 404 outside, 401 anonymous", async () => {
    const body = { instrumentId: BUILTIN, name: "x", source: "y", values: { influence: { mean: 1 } } };
    expectProblem(await c.facilitatorA.post(`/api/v1/networks/${f.networkId}/reference-sets`, body), 403);
    expectProblem(await c.outsider.post(`/api/v1/networks/${f.networkId}/reference-sets`, body), 404);
    expectProblem(await c.anonymous.get(`/api/v1/networks/${f.networkId}/reference-sets`), 401);
  });
});
