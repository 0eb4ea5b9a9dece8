// Thin shim so `npx plop` finds the compiled pack (plop cannot load plopfile.ts by itself). Built by `npm ci`/`npm run build`.
export { default } from './dist/plopfile.js';
