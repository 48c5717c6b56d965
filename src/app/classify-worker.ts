import { parentPort, workerData } from 'node:worker_threads';
import { trainModels } from './classify.ts';

// The retraining's CPU work, in its own thread (see classify-retrain.ts).
const { data, options, now } = workerData as { data: Parameters<typeof trainModels>[0]; options: Parameters<typeof trainModels>[1]; now: string };
parentPort?.postMessage(trainModels(data, options, new Date(now)));
