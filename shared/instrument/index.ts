export { builtinInstrument } from "./builtin/index.ts";
export * from "./instrument-index.ts";
export * from "./packing.ts";
export * from "./schema.ts";
