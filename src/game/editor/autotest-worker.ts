// The Web Worker of auto-playtest: the games run here, off the page's thread; cancel ends the worker.
import { type AutotestRequest, runAutotest } from '../../editor/autotest';

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<AutotestRequest>) => void) | null;
  postMessage(m: unknown): void;
};
scope.onmessage = (e) => {
  try {
    runAutotest(e.data, (m) => scope.postMessage(m));
  } catch (err) {
    scope.postMessage({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
