/** Text files bundled into main by esbuild's text loader (scripts/build.js). */
declare module '*.txt' {
  const text: string;
  export default text;
}
