import { builtinInstrument } from "../../../shared/instrument/index.ts";

/** The built-in instrument's row id, the same in every database (seeds and rounds refer to it). */
export const BUILTIN_INSTRUMENT_ID = `builtin-${builtinInstrument.key}-${builtinInstrument.version}`;
