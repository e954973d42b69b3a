// Bootstraps a worker thread of `batch` or `design`: registers tsx so the TypeScript worker can load.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.entry === 'design' ? './design-worker.ts' : './batch-worker.ts');
