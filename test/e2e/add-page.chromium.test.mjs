import { addPageSuite } from './support/add-page-suite.mjs';

addPageSuite('chromium');
