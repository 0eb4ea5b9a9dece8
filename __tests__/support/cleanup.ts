/** setupFilesAfterEnv (jest.config.js): after each test file, remove the temp folders it made (support/temp.ts). */
import { removeTempDirs } from './temp.js';

afterAll(() => removeTempDirs());
