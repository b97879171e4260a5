/**
 * Finds a Chromium binary for the end-to-end tests without downloading anything.
 *
 * Order: $CHROME_PATH, then a system Chrome/Chromium, then the Chromium that ships inside the
 * `@sparticuz/chromium` npm package (extracted to the OS temp dir on first use, ~1–2 s).
 *
 * For the bundled binary this also sets, on `process.env` (so that child processes such as
 * Playwright and the browser it launches inherit them):
 * - `LD_LIBRARY_PATH`, only if the binary cannot load its shared libraries (libnss3, libnspr4,
 *   libexpat): the package's own copies (`al2023.tar.br`) are unpacked and put first.
 * - `FONTCONFIG_PATH`, only if the machine has no fontconfig setup (/etc/fonts/fonts.conf):
 *   the package's bundled fonts (`fonts.tar.br`, Open Sans) are used, otherwise pages render
 *   without any text.
 */
import { spawnSync } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { brotliDecompressSync } from "node:zlib";

/** Extra Chromium flags used for every launch (Playwright adds its own defaults on top). */
export const BROWSER_ARGS: string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
  // /dev/shm is tiny (64 MB) in many containers; use /tmp instead.
  "--disable-dev-shm-usage",
  // The machine has no outside network: keep Chromium from trying to reach it.
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** Files that `@sparticuz/chromium` extracts into the temp dir. */
const SPARTICUZ_BINARY = join(tmpdir(), "chromium");
const SPARTICUZ_SWIFTSHADER_FILES = [
  "libEGL.so",
  "libGLESv2.so",
  "libvk_swiftshader.so",
  "libvulkan.so.1",
  "vk_swiftshader_icd.json",
];

function log(message: string): void {
  process.stderr.write(`[resolve-browser] ${message}\n`);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Like `which`, without needing the `which` binary. */
function which(name: string): string | undefined {
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    if (dir && isExecutableFile(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

interface Probe {
  ok: boolean;
  output: string;
}

/** Runs `<binary> --version`; proves the binary starts and its shared libraries load. */
function probe(binary: string): Probe {
  const result = spawnSync(binary, ["--version"], {
    encoding: "utf8",
    timeout: 30_000,
    env: process.env,
  });
  const output = [result.stdout, result.stderr, result.error?.message]
    .filter(Boolean)
    .join(" ")
    .trim();
  const ok = result.status === 0;
  return { ok, output: ok ? output : `exit ${result.status ?? result.signal}: ${output}` };
}

function sparticuzBinDir(): string {
  const require = createRequire(import.meta.url);
  // Resolves to <pkg>/build/cjs/index.cjs; the compressed files live in <pkg>/bin.
  return join(dirname(require.resolve("@sparticuz/chromium")), "..", "..", "bin");
}

function sparticuzMajorVersion(): string | undefined {
  const pkgJson = join(sparticuzBinDir(), "..", "package.json");
  const version = (JSON.parse(readFileSync(pkgJson, "utf8")) as { version?: string }).version;
  return version?.split(".")[0];
}

/** Unpacks the package's copies of libnss3/libnspr4/libexpat and puts them on LD_LIBRARY_PATH. */
function applyBundledLibraries(): void {
  const root = join(tmpdir(), "al2023");
  const libDir = join(root, "lib");
  if (!existsSync(join(libDir, "libnss3.so"))) {
    mkdirSync(root, { recursive: true });
    const tarball = brotliDecompressSync(readFileSync(join(sparticuzBinDir(), "al2023.tar.br")));
    const tar = spawnSync("tar", ["-x", "-C", root, "-f", "-"], { input: tarball });
    if (tar.status !== 0) {
      throw new Error(`Could not unpack al2023.tar.br: ${tar.stderr?.toString() ?? tar.error}`);
    }
  }
  const current = (process.env["LD_LIBRARY_PATH"] ?? "").split(":").filter(Boolean);
  process.env["LD_LIBRARY_PATH"] = [libDir, ...current.filter((p) => p !== libDir)].join(":");
  log(`using bundled shared libraries: LD_LIBRARY_PATH=${process.env["LD_LIBRARY_PATH"]}`);
}

/** Without any fontconfig setup the bundled Chromium renders no text at all. */
function applyBundledFontsIfNeeded(): void {
  if (process.env["FONTCONFIG_PATH"] || process.env["FONTCONFIG_FILE"]) return;
  if (existsSync("/etc/fonts/fonts.conf")) return;
  process.env["FONTCONFIG_PATH"] = join(tmpdir(), "fonts");
  log(
    `no system fontconfig; using bundled fonts: FONTCONFIG_PATH=${process.env["FONTCONFIG_PATH"]}`,
  );
}

function removeSparticuzExtraction(): void {
  rmSync(SPARTICUZ_BINARY, { force: true });
  for (const file of SPARTICUZ_SWIFTSHADER_FILES) rmSync(join(tmpdir(), file), { force: true });
}

async function resolveSparticuz(): Promise<string> {
  const { default: chromium } = await import("@sparticuz/chromium");
  const wantedMajor = sparticuzMajorVersion();

  for (let attempt = 1; attempt <= 2; attempt++) {
    const started = Date.now();
    const fresh = !existsSync(SPARTICUZ_BINARY);
    const binary = await chromium.executablePath();
    if (fresh) log(`extracted @sparticuz/chromium to ${binary} in ${Date.now() - started} ms`);
    applyBundledFontsIfNeeded();

    let result = probe(binary);
    if (!result.ok && /error while loading shared libraries/.test(result.output)) {
      applyBundledLibraries();
      result = probe(binary);
    }
    const major = /Chromium (\d+)\./.exec(result.output)?.[1];
    if (result.ok && (!wantedMajor || major === wantedMajor || fresh)) return binary;
    if (attempt === 2) {
      if (result.ok) return binary;
      log(`${binary} does not start: ${result.output}`);
      break;
    }

    // A truncated extraction (interrupted run) or a leftover from another package version:
    // remove it and extract again once.
    log(
      result.ok
        ? `${binary} is Chromium ${major}, package is ${wantedMajor}; re-extracting`
        : `${binary} does not start (${result.output}); re-extracting`,
    );
    removeSparticuzExtraction();
  }
  throw new Error(
    `The Chromium from @sparticuz/chromium does not start here. Set CHROME_PATH to a working ` +
      `Chrome/Chromium binary instead.`,
  );
}

/** Returns the absolute path of a Chromium binary that starts on this machine. */
export async function resolveBrowserPath(): Promise<string> {
  const fromEnv = process.env["CHROME_PATH"];
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    log(`CHROME_PATH=${fromEnv} does not exist or is not executable; ignoring it`);
  }

  const system = [...SYSTEM_CANDIDATES, ...PATH_NAMES.map(which)].filter(
    (p): p is string => p !== undefined,
  );
  for (const candidate of new Set(system)) {
    if (!isExecutableFile(candidate)) continue;
    const result = probe(candidate);
    if (result.ok) return candidate;
    log(`skipping ${candidate}: it does not start (${result.output})`);
  }

  return resolveSparticuz();
}
