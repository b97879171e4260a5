/**
 * `tsx scripts/lib/serve-static-cli.ts <root> <port> [prefix] [br,gzip]`: serveStatic in a process
 * of its own, offering the encodings listed (both by default). The
 * benchmark runs Lighthouse in its own process; sharing it with the server would let
 * Lighthouse's work (and garbage) delay responses and inflate the next run's figures.
 */
import { serveStatic, type Encoding } from "./static-server.ts";

const [root, port, prefix = "/", offered = "br,gzip"] = process.argv.slice(2);
const encodings = offered.split(",").filter((e): e is Encoding => e === "br" || e === "gzip");
if (!root || !port || encodings.length === 0) {
  console.error("usage: serve-static-cli.ts <root> <port> [prefix] [br,gzip]");
  process.exit(2);
}
await serveStatic(root, Number(port), prefix, encodings);
console.log("ready");
