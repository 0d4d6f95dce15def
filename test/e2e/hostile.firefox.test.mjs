import { hostileSuite } from './support/hostile-suite.mjs';

hostileSuite('firefox');
