/**
 * The demo network's survey answers for all three rounds, made by the calibrated generator in
 * `generator/`: synthetic, except that round 1 reproduces Borgerservice's real 2007 benchmark
 * table (see generator/generate.ts for how).
 */
import { type DemoResponse, generateDemo } from "./generator/generate.ts";

export type { DemoResponse };

export function demoResponses(): DemoResponse[] {
  return generateDemo();
}
