/** Signing in on the real runtime: known, unknown and wrong, all counted by the throttle. */
import { describe, expect, it } from "vitest";
import { demoUsers } from "../../scripts/demo/network.ts";
import { contractBreach, login } from "./http.ts";

const coordinator = demoUsers[0].email;

describe("sign-in on wrangler dev", () => {
  it("signs a known person in with a session cookie", async () => {
    const r = await login(coordinator);
    expect(r.status).toBe(200);
    expect(r.json.email).toBe(coordinator);
    expect(r.headers.get("set-cookie")).toMatch(/^amica_session=[^;]+;.*HttpOnly/);
  });

  it("answers an unknown email and a wrong password with the same 401 problem", async () => {
    const unknown = await login("nobody-smoke@example.org", "whatever it is");
    const wrong = await login(coordinator, "whatever it is");
    expect(contractBreach(unknown)).toBeNull();
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.json).toEqual(wrong.json);
  });

  it("throttles guessing at an unknown email like at a known one", async () => {
    const email = "ghost-smoke@example.org";
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await login(email, `guess ${i}`)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
  });
});
