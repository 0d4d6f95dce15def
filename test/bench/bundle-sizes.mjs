import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function bundle(root, options) {
  const result = await esbuild.build({
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    metafile: true,
    outfile: 'bundle.js',
    logLevel: 'silent',
    absWorkingDir: root,
    ...options,
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(result.metafile.outputs['bundle.js'].inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { bytes: code.length, gzip: gzipped(code), inputs };
}

/** Groups a bundle's inputs by package (or lib/ file), largest first. */
function largestSources(inputs, count) {
  const groups = new Map();
  for (const { path, bytes } of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = match ? match[1] : path;
    groups.set(key, (groups.get(key) ?? 0) + bytes);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/**
 * The content script's gzipped size (gzip -9):
 *   with card    the built .output/chrome-mv3/content-scripts/content.js, as shipped
 *   without card test/bench/highlight-only-entry.ts (page session + page highlighter + matcher),
 *                bundled and minified by esbuild
 *   core         lib/dom/page-highlighter.ts + lib/match/create-matcher.ts alone, for reference
 */
export async function bundleSizes(root) {
  let withCard = null;
  try {
    const built = readFileSync(join(root, '.output/chrome-mv3/content-scripts/content.js'));
    withCard = { bytes: built.length, gzip: gzipped(built) };
  } catch {
    // Reported as missing: `npm run bench` builds first; `node test/bench/run.mjs` alone may not.
  }
  const withoutCard = await bundle(root, { entryPoints: [join(root, 'test/bench/highlight-only-entry.ts')] });
  const core = await bundle(root, {
    stdin: {
      contents:
        "export { createPageHighlighter } from './lib/dom/page-highlighter';\nexport { createMatcher } from './lib/match/create-matcher';\n",
      resolveDir: root,
      loader: 'ts',
    },
    globalName: 'core',
  });
  return {
    withCard,
    withoutCard: { ...withoutCard, largest: largestSources(withoutCard.inputs, 4) },
    core,
  };
}

/** The bench page's script: lib's highlighter and matcher plus the in-page measurements. */
export async function benchPageScript(root) {
  const result = await esbuild.build({
    entryPoints: [join(root, 'test/bench/bench-page.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return result.outputFiles[0].text;
}
