// Worker threads start without the parent's TypeScript loader: register it, then load the reading worker.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
