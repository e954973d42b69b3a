// Vite hands a file's text to an import ending in `?raw` (the rules page, docs/RULES.md).
declare module '*.md?raw' {
  const text: string;
  export default text;
}
