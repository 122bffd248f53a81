/** Vite's `?raw` imports (a file's text), as the tests of this folder use them under vitest. */
declare module "*?raw" {
  const text: string;
  export default text;
}
