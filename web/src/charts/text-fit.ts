/** The charts' text fitting lives in shared/ (pure, unit-tested); the charts import it from here. */
export * from "../../../shared/charts/text-fit.ts";
