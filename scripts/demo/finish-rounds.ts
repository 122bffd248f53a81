/**
 * Closes and publishes the demo's past rounds through the API, the way a coordinator would, so that
 * their stored aggregates come from the same code path as any other round. Does nothing once done.
 */
export async function finishDemoRounds(base: string): Promise<void> {
  const headers = { "content-type": "application/json", origin: base };
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: "coordinator@example.org", password: "amica-demo" }),
  });
  if (!login.ok) throw new Error(`demo login failed: ${login.status}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  const auth = { ...headers, cookie };

  const rounds = (await (
    await fetch(`${base}/api/v1/networks/demo-network/rounds`, { headers: auth })
  ).json()) as {
    id: string;
    status: string;
  }[];
  for (const r of rounds) {
    for (const action of r.status === "open"
      ? ["close", "publish"]
      : r.status === "closed"
        ? ["publish"]
        : []) {
      const res = await fetch(`${base}/api/v1/rounds/${r.id}/${action}`, { method: "POST", headers: auth });
      if (res.status === 404) break; // the route is not there (older build): leave the round open
      if (!res.ok) throw new Error(`${action} ${r.id}: ${res.status} ${await res.text()}`);
    }
  }
}
