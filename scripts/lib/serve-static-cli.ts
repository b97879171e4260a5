/**
 * `tsx scripts/lib/serve-static-cli.ts <root> <port> [prefix]`: serveStatic in a process of its own. The
 * benchmark runs Lighthouse in its own process; sharing it with the server would let
 * Lighthouse's work (and garbage) delay responses and inflate the next run's figures.
 */
import { serveStatic } from "./static-server.ts";

const [root, port, prefix = "/"] = process.argv.slice(2);
if (!root || !port) {
  console.error("usage: serve-static-cli.ts <root> <port>");
  process.exit(2);
}
await serveStatic(root, Number(port), prefix);
console.log("ready");
