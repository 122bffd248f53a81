import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { surveyWorker } from "./scripts/survey-worker-plugin.ts";

export default defineConfig({
  root: "web",
  publicDir: `${import.meta.dirname}/public`,
  plugins: [solid(), surveyWorker()],
  build: { outDir: `${import.meta.dirname}/dist`, emptyOutDir: true, target: "es2022" },
  server: {
    port: 5173,
    // `npm run dev`: the SPA from Vite, the API from `wrangler dev`.
    proxy: { "/api": "http://127.0.0.1:8787" },
  },
});
