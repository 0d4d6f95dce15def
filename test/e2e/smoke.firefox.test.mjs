import { smokeSuite } from './support/smoke-suite.mjs';

smokeSuite('firefox');
