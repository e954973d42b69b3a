// Bootstraps a batch worker thread: registers tsx so the TypeScript worker can load.
import { register } from 'tsx/esm/api';

register();
await import('./batch-worker.ts');
