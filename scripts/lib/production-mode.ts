/**
 * Imported first by the build: the pages are prerendered with React's production build, as
 * readers' browsers run it. Without this, whichever module first asked for React decided, and
 * the build rendered with React's development build (slower, and not what is served).
 */
process.env["NODE_ENV"] ??= "production";
