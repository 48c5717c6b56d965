// Entry of the classifier's training thread: a worker does not inherit tsx's loader, so it
// registers it before loading the TypeScript (see trainInWorker in classify.ts).
import { register } from 'tsx/esm/api';

register();
await import('./classify-worker.ts');
