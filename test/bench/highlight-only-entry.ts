/**
 * The content script without the hover card: the highlighting path alone (page session, page
 * highlighter, matcher). run.mjs bundles it with esbuild, minified, and reports its gzipped size
 * against DESIGN.md's 15 KB budget.
 */
import { startPageSession } from '../../lib/content/page-session';

void startPageSession(document, { isOwnUi: () => false, showCard() {}, hideCard() {}, announce() {} }, new AbortController().signal);
