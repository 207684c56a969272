// Worker threads do not inherit a TypeScript loader under every runner (vitest): load the worker
// through tsx's scoped import, which works under `tsx server/main.ts` and in tests alike.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
