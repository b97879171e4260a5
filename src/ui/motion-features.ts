// Loaded on demand by <LazyMotion>: the animation engine stays out of the first page load.
export { domAnimation as default } from "framer-motion";
