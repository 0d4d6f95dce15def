import { smokeSuite } from './support/smoke-suite.mjs';

smokeSuite('chromium');
