export type { Bus, BusListener } from './types.ts';
export { createBus } from './create-bus.ts';
export { createMemoryBus } from './memory-bus.ts';
export { createRedisBus } from './redis-bus.ts';
