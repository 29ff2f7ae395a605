// Worker threads start without the parent's TypeScript loader: register it, then load the real helper.
import { register } from 'tsx/esm/api';

register();
await import('./heic-tile-worker.ts');
