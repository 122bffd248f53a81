/**
 * The API reference as one self-contained HTML page rendered from the OpenAPI document: no CDN,
 * no script, so it works offline and under a strict Content-Security-Policy.
 */
import { escapeHtml as esc } from "../../shared/escape-html.ts";

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

export function docsPage(doc: {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
}): string {
  const sections = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? "other";
      const params = (op.parameters ?? [])
        .map((p) => `<code>${esc(p.name)}</code> (${esc(p.in)})`)
        .join(", ");
      const body = op.requestBody?.content
        ? Object.entries(op.requestBody.content)
            .map(
              ([type, c]) =>
                `<details><summary>Body: ${esc(type)}</summary><pre>${esc(JSON.stringify(c.schema, null, 2))}</pre></details>`,
            )
            .join("")
        : "";
      const responses = Object.entries(op.responses ?? {})
        .map(([status, r]) => `<li><code>${esc(status)}</code> ${esc(r.description ?? "")}</li>`)
        .join("");
      const html = `<article id="${esc(`${method}-${path}`)}"><h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(op.summary ?? "")}</p>${params ? `<p>Parameters: ${params}</p>` : ""}${body}<ul>${responses}</ul></article>`;
      sections.set(tag, [...(sections.get(tag) ?? []), html]);
    }
  }
  const toc = [...sections.keys()].map((t) => `<a href="#tag-${esc(t)}">${esc(t)}</a>`).join(" · ");
  const main = [...sections.entries()]
    .map(([t, items]) => `<section><h2 id="tag-${esc(t)}">${esc(t)}</h2>${items.join("\n")}</section>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} — API reference</title><style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}pre{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:24rem}
article{border-top:1px solid #ddd;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;font-weight:700}
.get{color:#0b5}.post{color:#06c}.patch{color:#a60}.delete{color:#c00}h3{font-size:1rem;margin:.5rem 0}
</style></head><body><header><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1>
<p>${esc(doc.info.description ?? "")}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are RFC 9457 <code>application/problem+json</code>. Researchers: see the <a href="/api/v1/research-docs">research export guide</a> with worked R and pandas examples.</p>
<nav>${toc}</nav></header><main>${main}</main></body></html>`;
}
