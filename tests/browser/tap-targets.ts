/**
 * Tap targets under 44 × 44 CSS px on the page as it stands (WCAG 2.5.5, the size the survey
 * promises on a phone: issue 17). A radio button or checkbox is measured by its label, which is
 * what a thumb hits; a link inside a sentence is left out, as the guideline leaves it out.
 */
import type { Page } from "playwright-core";

export const MIN_TARGET_PX = 44;

export function smallTargets(page: Page, min = MIN_TARGET_PX): Promise<string[]> {
  return page.evaluate((min) => {
    const targets = document.querySelectorAll<HTMLElement>(
      "button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex='0']",
    );
    const found: string[] = [];
    for (const el of Array.from(targets)) {
      let box: HTMLElement = el;
      if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) {
        const label = el.closest("label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        if (label instanceof HTMLElement) box = label;
      }
      const r = box.getBoundingClientRect();
      const style = getComputedStyle(box);
      if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue; // not shown
      if (el.tagName === "A" && el.closest("p, li") && !el.classList.contains("button")) continue; // in a sentence
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? el.tagName).trim().slice(0, 40);
        found.push(`${el.tagName.toLowerCase()} "${name}": ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return found;
  }, min);
}
