// setupFiles of the `db` project: runs before each test file, in the worker. The worker's
// database is opened by the first file and reused by the rest (the project runs with
// isolate: false, so module state and globalThis survive between files of one worker).
import { installTestDatabase } from '../helpers/db';

await installTestDatabase();
