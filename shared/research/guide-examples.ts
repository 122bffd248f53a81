/**
 * The worked examples of the research guide, in R and Python (pandas), filled in with the server's
 * address. One source for the API's own guide page and the app's guide in Danish and English, so
 * the code a reader copies is the code the smoke test runs; only the comments follow the language.
 */

import { EXPORTS_PER_HOUR } from "./export-limits.ts";

export type GuideLanguage = "da" | "en";

const comments = {
  da: {
    token: "hold tokenet uden for scriptet",
    retry: `${EXPORTS_PER_HOUR} udtræk i timen pr. token: ved 429 sig hvor længe der ventes (Retry-After), og prøv igen`,
    limit: `${EXPORTS_PER_HOUR} udtræk i timen pr. token`,
    oneCentre: "Ét center som helhed (team er tomt), tre skalaer, på tværs af runderne",
    noPackages: "Uden pakker (R >= 4.0):",
    checkNames1: "check.names = FALSE bevarer navne som value-most.tasks (read.csv ville gøre",
    checkNames2: "dem til value.most.tasks, og så passer kodebogen ikke længere).",
    shadow: '"round" og "mean" er også DataFrame-metoder: læs altid kolonnerne som df["mean"], ikke df.mean',
    chunks: "Besvarelser i bidder med flad hukommelse: NDJSON, én besvarelse pr. linje",
    meanStress: "gennemsnitlig stress-score pr. runde og center",
    labels: "Kolonnernes etiketter, fra kodebogen",
    title: "Center C01 på tværs af runderne",
    score: "Score (0-100)",
    limitReached: "udtræksgrænsen er nået: prøv igen om",
    waiting: "429: udtræksgrænsen er nået, venter",
    suppressed: "rækker udeladt af anonymitetsreglerne:",
    snapshot: "En rundes snapshot, tjekket mod dets hash, og dets citationslinje",
    waveId: "Id'et for runde 1 (alle udtræk nævner det i kolonnen round)",
    hashCovers: "Hashen dækker alle bytes før sidste linje",
  },
  en: {
    token: "keep the token out of the script",
    retry: `${EXPORTS_PER_HOUR} exports an hour per token: on a 429 say how long it waits (Retry-After), then retry`,
    limit: `${EXPORTS_PER_HOUR} exports an hour per token`,
    oneCentre: "One centre as a whole (team is empty), three scales, across the rounds",
    noPackages: "Without packages (R >= 4.0):",
    checkNames1: "check.names = FALSE keeps names such as value-most.tasks as they are (read.csv would make",
    checkNames2: "them value.most.tasks, and the codebook would no longer match).",
    shadow:
      '"round" and "mean" are DataFrame methods too: always read those columns as df["mean"], not df.mean',
    chunks: "Respondent-level data in pieces, in flat memory: NDJSON, one response per line",
    meanStress: "mean stress score per wave and centre",
    labels: "Labels for the columns, from the codebook",
    title: "Centre C01 across the rounds",
    score: "Score (0-100)",
    limitReached: "export limit reached: try again in",
    waiting: "429: export limit reached, waiting",
    suppressed: "rows left out by the anonymity rules:",
    snapshot: "A round's snapshot, checked against its content hash, and its citation line",
    waveId: "The id of wave 1 (any export names it in its round column)",
    hashCovers: "The hash covers every byte before the last line",
  },
} as const;

/** The scales export in R: one centre's trend on three scales, with 95 % confidence bands. */
export function rExample(base: string, lang: GuideLanguage = "en"): string {
  const c = comments[lang];
  return `
# install.packages(c("httr2", "readr", "dplyr", "ggplot2"))
library(httr2); library(readr); library(dplyr); library(ggplot2)

base    <- "${base}"
network <- "YOUR-NETWORK-ID"
token   <- Sys.getenv("AMICA_TOKEN")   # ${c.token}

export <- function(what, ...) {
  request(base) |>
    req_url_path_append("api", "v1", "networks", network, "export", what) |>
    req_url_query(format = "csv", ...) |>
    req_auth_bearer_token(token) |>
    # ${c.retry}
    req_retry(max_tries = 3,
              after = function(resp) {
                wait <- as.numeric(resp_header(resp, "Retry-After"))
                message("${c.waiting} ", wait, " s")
                wait
              }) |>
    req_perform()
}

resp   <- export("scales")
cat("${c.suppressed}", resp_header(resp, "X-Suppressed-Rows"), "\\n")
scales <- read_csv(resp_body_raw(resp), na = "",
                   col_types = cols(team = col_character(), round_date = col_date()))

# ${c.oneCentre}
trend <- scales |>
  filter(centre == "C01", is.na(team),
         scale %in% c("predictability", "influence", "stress"))

ggplot(trend, aes(round_date, mean, colour = scale, fill = scale)) +
  geom_ribbon(aes(ymin = ci_low, ymax = ci_high), alpha = 0.15, colour = NA) +
  geom_line() + geom_point(aes(size = n)) +
  scale_y_continuous(limits = c(0, 100)) +
  labs(x = NULL, y = "${c.score}", title = "${c.title}")
ggsave("c01-trend.png", width = 7, height = 4)

# ${c.noPackages}
# download.file(paste0(base, "/api/v1/networks/", network, "/export/scales?format=csv"),
#               "scales.csv", headers = c(Authorization = paste("Bearer", token)))
# scales <- read.csv("scales.csv", na.strings = "", check.names = FALSE)
# ${c.checkNames1}
# ${c.checkNames2}
`;
}

/** The same in Python with requests, pandas and matplotlib. */
export function pythonExample(base: string, lang: GuideLanguage = "en"): string {
  const c = comments[lang];
  return `
# pip install requests pandas matplotlib
import io, os
import requests
import pandas as pd
import matplotlib.pyplot as plt

BASE = "${base}"
NETWORK = "YOUR-NETWORK-ID"
HEADERS = {"Authorization": f"Bearer {os.environ['AMICA_TOKEN']}"}  # ${c.token}

def export(what, **params):
    r = requests.get(f"{BASE}/api/v1/networks/{NETWORK}/export/{what}",
                     params={"format": "csv", **params}, headers=HEADERS, timeout=300)
    if r.status_code == 429:  # ${c.limit}
        raise RuntimeError(f"${c.limitReached} {r.headers['Retry-After']} s")
    r.raise_for_status()
    return r

r = export("scales")
print("${c.suppressed}", r.headers["X-Suppressed-Rows"])
scales = pd.read_csv(io.StringIO(r.text), parse_dates=["round_date"],
                     dtype={"centre": "string", "team": "string"})

# ${c.oneCentre}
centre = scales[(scales["centre"] == "C01") & scales["team"].isna()]
# ${c.shadow}
trend = centre.pivot(index="round_date", columns="scale", values="mean")
ax = trend[["predictability", "influence", "stress"]].plot(marker="o", ylim=(0, 100))
ax.set(xlabel="", ylabel="${c.score}", title="${c.title}")
plt.tight_layout()
plt.savefig("c01-trend.png")
`;
}

/** A large respondent-level export read in chunks, and the columns' labels from the codebook. */
export function largeExample(base: string, lang: GuideLanguage = "en"): string {
  const c = comments[lang];
  return `
# ${c.chunks}
import itertools, json, os
import requests
import pandas as pd

url = "${base}/api/v1/networks/YOUR-NETWORK-ID/export/responses"
headers = {"Authorization": f"Bearer {os.environ['AMICA_TOKEN']}"}
parts = []
with requests.get(url, params={"format": "ndjson", "rounds": "1,2,3"},
                  headers=headers, stream=True, timeout=600) as r:
    r.raise_for_status()
    lines = r.iter_lines()
    while batch := list(itertools.islice(lines, 20_000)):
        chunk = pd.DataFrame.from_records(json.loads(line) for line in batch)
        parts.append(chunk.groupby(["wave", "centre"])["stress"].agg(["sum", "count"]))
totals = pd.concat(parts).groupby(level=[0, 1]).sum()
stress = totals["sum"] / totals["count"]   # ${c.meanStress}

# ${c.labels}
book = requests.get("${base}/api/v1/networks/YOUR-NETWORK-ID/export/codebook",
                    headers=headers, timeout=60).json()
labels = {v["name"]: v["label"]["${lang}"] for v in book["variables"]}
`;
}

/** A round's snapshot for citing: downloaded, checked against its hash, read, and its citation. */
export function snapshotExample(base: string, lang: GuideLanguage = "en"): string {
  const c = comments[lang];
  return `
# ${c.snapshot}
import gzip, hashlib, json, os
import requests
import pandas as pd

base = "${base}/api/v1/networks/YOUR-NETWORK-ID"
headers = {"Authorization": f"Bearer {os.environ['AMICA_TOKEN']}"}
# ${c.waveId}
round_id = requests.get(f"{base}/export/participation", params={"format": "json", "rounds": "1"},
                        headers=headers, timeout=60).json()[0]["round"]
r = requests.get(f"{base}/snapshots/{round_id}", headers=headers, timeout=600)
r.raise_for_status()
lines = gzip.decompress(r.content).splitlines(keepends=True)
header, footer = json.loads(lines[0]), json.loads(lines[-1])
# ${c.hashCovers}
assert hashlib.sha256(b"".join(lines[:-1])).hexdigest() == footer["sha256"]
rows = pd.DataFrame.from_records(json.loads(line) for line in lines[1:-1])
labels = {v["name"]: v["label"]["${lang}"] for v in header["codebook"]["variables"]}
print(footer["citation"])
`;
}
