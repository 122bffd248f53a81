/** Copy-ready R and pandas code for the export a researcher has chosen on the export desk. */
import type { ExportChoice } from "./research-data.ts";

const rString = (s: string) => JSON.stringify(s);

export function rSnippet(origin: string, networkId: string, c: ExportChoice): string {
  const query = [
    `format = ${rString(c.format === "json" ? "json" : "csv")}`,
    ...(c.rounds.length ? [`rounds = c(${c.rounds.map(rString).join(", ")})`] : []),
    ...(c.centres.length ? [`centres = ${rString(c.centres.join(","))}`] : []),
  ];
  const read =
    c.format === "json"
      ? "data <- jsonlite::fromJSON(resp_body_string(resp))"
      : 'data <- read.csv(text = resp_body_string(resp), na.strings = "", check.names = FALSE)';
  return `library(httr2)
token <- Sys.getenv("AMICA_TOKEN")   # a research token from the coordinator
resp <- request(${rString(origin)}) |>
  req_url_path_append("api", "v1", "networks", ${rString(networkId)}, "export", ${rString(c.kind)}) |>
  req_url_query(${query.join(", ")}, .multi = "explode") |>
  req_auth_bearer_token(token) |>
  req_retry(max_tries = 3, after = function(resp) {
    wait <- as.numeric(resp_header(resp, "Retry-After"))
    message("429: export limit reached, waiting ", wait, " s"); wait
  }) |>
  req_perform()
${read}`;
}

export function pandasSnippet(origin: string, networkId: string, c: ExportChoice): string {
  const params = [
    `("format", ${JSON.stringify(c.format === "ndjson" ? "ndjson" : c.format)})`,
    ...c.rounds.map((r) => `("rounds", ${JSON.stringify(r)})`),
    ...(c.centres.length ? [`("centres", ${JSON.stringify(c.centres.join(","))})`] : []),
  ];
  const read =
    c.format === "csv"
      ? "data = pd.read_csv(io.StringIO(r.text))"
      : c.format === "ndjson"
        ? "data = pd.read_json(io.StringIO(r.text), lines=True)"
        : "data = pd.read_json(io.StringIO(r.text))";
  return `import io, os
import requests
import pandas as pd

r = requests.get(${JSON.stringify(`${origin}/api/v1/networks/${networkId}/export/${c.kind}`)},
                 params=[${params.join(", ")}],
                 headers={"Authorization": f"Bearer {os.environ['AMICA_TOKEN']}"}, timeout=600)
if r.status_code == 429:
    raise RuntimeError(f"export limit reached: try again in {r.headers['Retry-After']} s")
r.raise_for_status()
${read}
# read "round" and "mean" as data["round"], data["mean"]: data.round and data.mean are methods`;
}
