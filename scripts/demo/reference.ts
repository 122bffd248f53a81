/** Placeholder until the calibrated generator lands. */
export function demoReferenceSet() {
  return {
    name: "Synthetic national reference (demo)",
    source: "Synthetic values made for the demo; not real data.",
    values: {},
  };
}
