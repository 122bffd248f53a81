import { render } from "solid-js/web";
import { App } from "./app.tsx";
import { loadMe } from "./lib/session.ts";
import "./styles.css";

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");

void loadMe();
render(() => <App />, root);
