/**
 * Chart downloads: the SVG as it is on screen, serialised with its own attributes (charts draw
 * with presentation attributes, not stylesheet classes, so the file looks the same outside the
 * page), and a PNG drawn from that SVG on a canvas at twice the size.
 */

import { saveFile } from "../lib/save-file.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The chart as a standalone SVG document. */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute("xmlns", SVG_NS);
  if (!copy.getAttribute("width")) copy.setAttribute("width", String(Math.round(width)));
  if (!copy.getAttribute("height")) copy.setAttribute("height", String(Math.round(height)));
  // What only makes sense inside the page: focus stops and ids the page refers to.
  for (const el of copy.querySelectorAll("[tabindex]")) el.removeAttribute("tabindex");
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  saveFile(new Blob([serializeSvg(svg)], { type: "image/svg+xml;charset=utf-8" }), `${filename}.svg`);
}

export function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const source = serializeSvg(svg);
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([source], { type: "image/svg+xml;charset=utf-8" }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      const context = canvas.getContext("2d");
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error("No canvas"));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("No PNG"))), "image/png");
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("The chart could not be drawn"));
    };
    image.src = url;
  });
}

export async function downloadPng(svg: SVGSVGElement, filename: string): Promise<void> {
  saveFile(await svgToPng(svg), `${filename}.png`);
}

/** A file name from a title: lower case, letters and digits, hyphens between words. */
export function fileSlug(...parts: string[]): string {
  return parts
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/æ/gi, "ae")
    .replace(/ø/gi, "oe")
    .replace(/å/gi, "aa")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
