import { join } from 'node:path';

// Each worker appends to its own file, which child processes inherit through the environment.
const dir = process.env.DVBOT_TEST_LOG_DIR;
if (dir && !process.env.DVBOT_LOG_FILE) process.env.DVBOT_LOG_FILE = join(dir, `worker-${process.pid}.ndjson`);
