import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The modules the content script is built from, as esbuild resolves its imports (the `@/` alias as
 * WXT does; stylesheets left out). WXT's `storage.defineItem` reads an item's value as soon as the
 * module defining it runs, so any module here that defines an item costs a storage read in every tab.
 */
async function contentScriptModules(): Promise<{ modules: string[]; code: string }> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'entrypoints/content/index.ts')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outfile: 'content.js',
    logLevel: 'silent',
    plugins: [
      {
        name: 'wxt-paths',
        setup(build) {
          build.onResolve({ filter: /\.css(\?inline)?$/ }, (args) => ({ path: args.path, external: true }));
          build.onResolve({ filter: /^@\// }, (args) => build.resolve(`./${args.path.slice(2)}`, { kind: args.kind, resolveDir: ROOT }));
        },
      },
    ],
  });
  return { modules: Object.keys(result.metafile.inputs), code: result.outputFiles[0]!.text };
}

describe("the content script and the reader's layer", () => {
  it("defines no storage item of the reader's layer, so no tab reads the reader's dataset when it starts", async () => {
    const { modules, code } = await contentScriptModules();
    // The test sees the content script at all: it is built from the page session and reads the index.
    expect(modules).toContain('lib/content/page-session.ts');
    expect(modules).toContain('lib/content/local-value.ts');
    expect(modules).not.toContain('lib/user-layer-items.ts');
    // Nor WXT's storage at all: the content script reads its two keys directly (local-value.ts).
    expect(modules.filter((path) => path.includes('@wxt-dev/storage'))).toEqual([]);
    expect(code).not.toMatch(/local:userLayer/);
  });
});
