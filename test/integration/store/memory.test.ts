import { createMemoryStore } from '../../../src/store/index.ts';
import { storeContract } from './store-contract.ts';

storeContract('memory', async () => {
  const store = await createMemoryStore();
  return { store, dispose: () => store.close() };
});
