// A worker thread does not inherit the TypeScript loader the build runs under (tsx, in
// Node 20): it registers it, then runs the worker written in TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./page-worker.ts");
