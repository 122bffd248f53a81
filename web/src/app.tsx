import { Router } from "@solidjs/router";
import { Shell } from "./components/shell.tsx";
import { routes } from "./routes.ts";

export function App() {
  return <Router root={Shell}>{routes}</Router>;
}
